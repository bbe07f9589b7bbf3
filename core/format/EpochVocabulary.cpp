#include "EpochVocabulary.h"

#include <QHash>
#include <QStringList>

namespace gapscope {

namespace {

struct Term
{
    const char16_t *en;
    const char16_t *ko;
};

// Weights are 웨이트 as everywhere in the interface (translations/glossary.tsv).
// Every term that occurs in the bundled Epoch files (tst_clusters checks them against
// the raw CSV files), each once.
const Term terms[] = {
    // status
    {u"Existing", u"운영 중"},
    {u"Planned", u"계획"},
    {u"Decommissioned", u"폐기"},
    // sector
    {u"Private", u"민간"},
    {u"Public", u"공공"},
    {u"Public/Private", u"민관 합동"},
    {u"Government", u"정부"},
    // certainty
    {u"Confirmed", u"확인됨"},
    {u"Likely", u"가능성 높음"},
    {u"Unlikely", u"가능성 낮음"},
    // confidence
    {u"Confident", u"확실"},
    {u"Speculative", u"추정"},
    {u"Unknown", u"알 수 없음"},
    {u"Unverified", u"미검증"},
    // accessibility
    {u"API access", u"API 접근"},
    {u"Hosted access (no API)", u"호스팅 접근(API 없음)"},
    {u"Open weights (non-commercial)", u"오픈 웨이트(비상업적)"},
    {u"Open weights (restricted use)", u"오픈 웨이트(사용 제한)"},
    {u"Open weights (unrestricted)", u"오픈 웨이트(제한 없음)"},
    {u"Unreleased", u"미공개"},
    // domain
    {u"3D modeling", u"3D 모델링"},
    {u"Audio", u"오디오"},
    {u"Biology", u"생물학"},
    {u"Driving", u"주행"},
    {u"Earth science", u"지구과학"},
    {u"Games", u"게임"},
    {u"Image generation", u"이미지 생성"},
    {u"Language", u"언어"},
    {u"Materials science", u"재료과학"},
    {u"Mathematics", u"수학"},
    {u"Medicine", u"의학"},
    {u"Multimodal", u"멀티모달"},
    {u"Other", u"기타"},
    {u"Recommendation", u"추천"},
    {u"Robotics", u"로보틱스"},
    {u"Search", u"검색"},
    {u"Speech", u"음성"},
    {u"Video", u"비디오"},
    {u"Vision", u"비전"},
    // task
    {u"3D reconstruction", u"3D 재구성"},
    {u"3D segmentation", u"3D 분할"},
    {u"Action recognition", u"행동 인식"},
    {u"Animal (human/non-human) imitation", u"동물(인간/비인간) 모방"},
    {u"Antibody property prediction", u"항체 특성 예측"},
    {u"Atari", u"아타리"},
    {u"Atari game: Ms. Pac-Man", u"아타리 게임: 미스 팩맨"},
    {u"Audio classification", u"오디오 분류"},
    {u"Audio generation", u"오디오 생성"},
    {u"Audio question answering", u"오디오 질의응답"},
    {u"Automated theorem proving", u"자동 정리 증명"},
    {u"Backgammon", u"백개먼"},
    {u"Binary classification", u"이진 분류"},
    {u"Cancer diagnosis", u"암 진단"},
    {u"Capture the flag", u"깃발 뺏기"},
    {u"Character recognition (OCR)", u"문자 인식(OCR)"},
    {u"Chat", u"채팅"},
    {u"Checkers", u"체커"},
    {u"Chess", u"체스"},
    {u"Code autocompletion", u"코드 자동 완성"},
    {u"Code generation", u"코드 생성"},
    {u"Collaborative filtering", u"협업 필터링"},
    {u"Corner detection", u"코너 검출"},
    {u"Crystal discovery", u"결정 구조 발견"},
    {u"Digit recognition", u"숫자 인식"},
    {u"Dimensionality reduction", u"차원 축소"},
    {u"Diplomacy", u"디플로머시"},
    {u"Document classification", u"문서 분류"},
    {u"Dota 2", u"도타 2"},
    {u"Drug discovery", u"신약 발견"},
    {u"Entity embedding", u"개체 임베딩"},
    {u"Enzyme function prediction", u"효소 기능 예측"},
    {u"Face detection", u"얼굴 검출"},
    {u"Face recognition", u"얼굴 인식"},
    {u"Face verification", u"얼굴 검증"},
    {u"Financial management", u"재무 관리"},
    {u"Geometry", u"기하학"},
    {u"Go", u"바둑"},
    {u"Hanabi", u"하나비"},
    {u"Helicopter driving", u"헬리콥터 조종"},
    {u"Image captioning", u"이미지 캡셔닝"},
    {u"Image classification", u"이미지 분류"},
    {u"Image clustering", u"이미지 군집화"},
    {u"Image completion", u"이미지 완성"},
    {u"Image embedding", u"이미지 임베딩"},
    {u"Image representation", u"이미지 표현"},
    {u"Image segmentation", u"이미지 분할"},
    {u"Image super-resolution", u"이미지 초해상도"},
    {u"Image-to-image", u"이미지-이미지 변환"},
    {u"Image-to-video", u"이미지-비디오 변환"},
    {u"Instruction interpretation", u"지시 해석"},
    {u"Japanese language modeling", u"일본어 언어 모델링"},
    {u"Language Structure Modeling", u"언어 구조 모델링"},
    {u"Language generation", u"언어 생성"},
    {u"Language modeling", u"언어 모델링"},
    {u"Language modeling/generation", u"언어 모델링/생성"},
    {u"Mathematical reasoning", u"수학적 추론"},
    {u"Mathematical simulation", u"수학적 시뮬레이션"},
    {u"Maze solving", u"미로 풀기"},
    {u"Medical diagnosis", u"의료 진단"},
    {u"Miscellaneous image analysis", u"기타 이미지 분석"},
    {u"Morse translation", u"모스 부호 번역"},
    {u"Movie ratings", u"영화 평점"},
    {u"Named entity recognition (NER)", u"개체명 인식(NER)"},
    {u"Neural Architecture Search - NAS", u"신경망 구조 탐색(NAS)"},
    {u"Neural architecture search for computer vision", u"컴퓨터 비전용 신경망 구조 탐색"},
    {u"Nucleotide generation", u"뉴클레오타이드 생성"},
    {u"Numerical simulation", u"수치 시뮬레이션"},
    {u"Object detection", u"객체 검출"},
    {u"Object recognition", u"객체 인식"},
    {u"Open ended play", u"개방형 플레이"},
    {u"Part-of-speech tagging", u"품사 태깅"},
    {u"Pattern classification", u"패턴 분류"},
    {u"Pattern recognition", u"패턴 인식"},
    {u"Person re-identification", u"인물 재식별"},
    {u"Poker", u"포커"},
    {u"Pole balancing", u"막대 균형 잡기"},
    {u"Pose estimation", u"자세 추정"},
    {u"Prediction of diabetic heart failure (DHF)", u"당뇨병성 심부전(DHF) 예측"},
    {u"Prediction of hospital stay duration", u"입원 기간 예측"},
    {u"Prediction of onset of pancreatic cancer (PaCa)", u"췌장암(PaCa) 발병 예측"},
    {u"Protein classification", u"단백질 분류"},
    {u"Protein contact and distance prediction", u"단백질 접촉 및 거리 예측"},
    {u"Protein design", u"단백질 설계"},
    {u"Protein embedding", u"단백질 임베딩"},
    {u"Protein fold classification", u"단백질 폴드 분류"},
    {u"Protein folding prediction", u"단백질 접힘 예측"},
    {u"Protein function prediction", u"단백질 기능 예측"},
    {u"Protein generation", u"단백질 생성"},
    {u"Protein interaction prediction", u"단백질 상호작용 예측"},
    {u"Protein inverse folding", u"단백질 역접힘"},
    {u"Protein localization prediction", u"단백질 세포 내 위치 예측"},
    {u"Protein or nucleotide language model (pLM/nLM)", u"단백질 또는 뉴클레오타이드 언어 모델(pLM/nLM)"},
    {u"Protein pathogenicity prediction", u"단백질 병원성 예측"},
    {u"Protein property prediction", u"단백질 특성 예측"},
    {u"Protein protein binding affinity prediction", u"단백질-단백질 결합 친화도 예측"},
    {u"Protein representation learning", u"단백질 표현 학습"},
    {u"Protein-ligand binding affinity prediction", u"단백질-리간드 결합 친화도 예측"},
    {u"Protein-ligand contact prediction", u"단백질-리간드 접촉 예측"},
    {u"Proteins", u"단백질"},
    {u"Quantitative reasoning", u"정량적 추론"},
    {u"Question answering", u"질의응답"},
    {u"RNA structure prediction", u"RNA 구조 예측"},
    {u"RNA-Protein interaction prediction", u"RNA-단백질 상호작용 예측"},
    {u"Recommender system", u"추천 시스템"},
    {u"Regression", u"회귀"},
    {u"Relation extraction", u"관계 추출"},
    {u"Representation learning", u"표현 학습"},
    {u"Retrieval-augmented generation", u"검색 증강 생성"},
    {u"Robotic manipulation", u"로봇 조작"},
    {u"Route finding", u"경로 탐색"},
    {u"Self-driving car", u"자율주행차"},
    {u"Semantic embedding", u"의미 임베딩"},
    {u"Semantic search", u"의미 검색"},
    {u"Semantic segmentation", u"의미론적 분할"},
    {u"Sentiment classification", u"감성 분류"},
    {u"Sequence memorization", u"시퀀스 기억"},
    {u"Shogi", u"쇼기"},
    {u"Speech completion", u"음성 완성"},
    {u"Speech recognition (ASR)", u"음성 인식(ASR)"},
    {u"Speech synthesis", u"음성 합성"},
    {u"Speech-to-speech", u"음성-음성 변환"},
    {u"Speech-to-text", u"음성-텍스트 변환"},
    {u"Sports", u"스포츠"},
    {u"StarCraft", u"스타크래프트"},
    {u"Stratego", u"스트라테고"},
    {u"System control", u"시스템 제어"},
    {u"Table tasks", u"표 작업"},
    {u"Text autocompletion", u"텍스트 자동 완성"},
    {u"Text classification", u"텍스트 분류"},
    {u"Text summarization", u"텍스트 요약"},
    {u"Text-to-image", u"텍스트-이미지 변환"},
    {u"Text-to-speech (TTS)", u"텍스트 음성 변환(TTS)"},
    {u"Text-to-video", u"텍스트-비디오 변환"},
    {u"Tic Tac Toe", u"틱택토"},
    {u"Transcription", u"전사"},
    {u"Translation", u"번역"},
    {u"Triplet completion", u"트리플 완성"},
    {u"Video classification", u"비디오 분류"},
    {u"Video compression", u"비디오 압축"},
    {u"Video description", u"비디오 설명"},
    {u"Video editing", u"비디오 편집"},
    {u"Video generation", u"비디오 생성"},
    {u"Video-to-video", u"비디오-비디오 변환"},
    {u"Vision-language generation", u"비전-언어 생성"},
    {u"Visual puzzles", u"시각 퍼즐"},
    {u"Visual question answering", u"시각 질의응답"},
    {u"Voice identification", u"화자 식별"},
    {u"Weather forecasting", u"기상 예측"},
    {u"Word sense disambiguation", u"단어 의미 중의성 해소"},
    {u"Zero-shot image classification", u"제로샷 이미지 분류"},
};

const QHash<QString, LocalizedText> &table()
{
    static const QHash<QString, LocalizedText> t = [] {
        QHash<QString, LocalizedText> h;
        for (const Term &term : terms)
            h.insert(QString::fromUtf16(term.en), {QString::fromUtf16(term.en), QString::fromUtf16(term.ko)});
        return h;
    }();
    return t;
}

} // namespace

std::optional<LocalizedText> EpochVocabulary::term(const QString &english)
{
    const auto it = table().constFind(english.trimmed());
    return it == table().cend() ? std::nullopt : std::optional<LocalizedText>(*it);
}

QString EpochVocabulary::text(const QString &value, Language lang)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto known = term(part);
        out.append(known ? known->text(lang) : part.trimmed());
    }
    return out.join(QLatin1String(", "));
}

} // namespace gapscope
