<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ChartPart</name>
    <message>
        <source>cannot make a temporary folder for a chart&apos;s workbook</source>
        <translation>차트의 통합 문서를 쓸 임시 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Lists the records of a GapScope workspace and queries its observations.</source>
        <translation>GapScope 작업 공간의 레코드를 나열하고 관측값을 조회합니다.</translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation>작업 공간 파일 PATH를 엽니다.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>Only these dimensions.</source>
        <translation>이 차원들만.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Only these indicators.</source>
        <translation>이 지표들만.</translation>
    </message>
    <message>
        <source>Only the years FROM:TO.</source>
        <translation>FROM:TO 연도만.</translation>
    </message>
    <message>
        <source>FROM:TO</source>
        <translation>FROM:TO</translation>
    </message>
    <message>
        <source>Only records whose text contains TEXT.</source>
        <translation>텍스트에 TEXT가 들어 있는 레코드만.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>출력 형식: table, csv 또는 json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of the texts: en or ko.</source>
        <translation>텍스트 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>list KIND, or query</source>
        <translation>list KIND 또는 query</translation>
    </message>
    <message>
        <source>gapscope: %1</source>
        <translation>gapscope: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use list or query</source>
        <translation>알 수 없는 명령 &quot;%1&quot;: list 또는 query를 사용하세요</translation>
    </message>
    <message>
        <source>list needs one of: %1</source>
        <translation>list에는 다음 중 하나가 필요합니다: %1</translation>
    </message>
    <message>
        <source>--indicator applies to query and list indicators only</source>
        <translation>--indicator는 query와 list indicators에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>query takes no further arguments: %1</source>
        <translation>query에는 추가 인수를 줄 수 없습니다: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use table, csv or json</source>
        <translation>알 수 없는 형식 &quot;%1&quot;: table, csv 또는 json을 사용하세요</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use en or ko</source>
        <translation>알 수 없는 언어 &quot;%1&quot;: en 또는 ko를 사용하세요</translation>
    </message>
    <message>
        <source>gapscope: the workspace was not updated to the bundled dataset: %1</source>
        <translation>gapscope: 작업 공간을 내장 데이터셋으로 갱신하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Only these countries or regions (ISO alpha-3 or region codes), with the organisations, models and clusters that count for them.</source>
        <translation>이 국가 또는 지역(ISO alpha-3 또는 지역 코드)과, 그 국가에 속하는 기관·모델·클러스터만.</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Only the dates FROM:TO, as years, months or days (2024-01:2025-06).</source>
        <translation>FROM:TO 날짜만. 연, 월 또는 일로 지정(2024-01:2025-06).</translation>
    </message>
    <message>
        <source>Only these entities: countries, regions, organisations, models, clusters or entities of kinds you named, by id (gapscope list entities).</source>
        <translation>이 개체만: 국가, 지역, 기관, 모델, 클러스터 또는 이름을 붙인 종류의 개체를 ID로(gapscope list entities).</translation>
    </message>
    <message>
        <source>Only entities of these kinds: country, region, organisation, model, cluster, other; or the name of a kind you named on import (&quot;Research domain&quot;).</source>
        <translation>이 종류의 개체만: country, region, organisation, model, cluster, other; 또는 가져올 때 붙인 종류 이름(&quot;연구 분야&quot;).</translation>
    </message>
</context>
<context>
    <name>CountryCatalogueReader</name>
    <message>
        <source>the file has no &quot;3166-1&quot; list of countries</source>
        <translation>파일에 &quot;3166-1&quot; 국가 목록이 없습니다</translation>
    </message>
    <message>
        <source>the country %1 has no alpha_3 code or no name</source>
        <translation>%1번째 국가에 alpha_3 코드나 이름이 없습니다</translation>
    </message>
    <message>
        <source>no Korean translation of &quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot;(%2)의 한국어 번역이 없습니다</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>unexpected quote inside an unquoted field</source>
        <translation>따옴표로 감싸지 않은 필드 안에 따옴표가 있습니다</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>닫는 따옴표 뒤에 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>quoted field is never closed</source>
        <translation>따옴표로 시작한 필드가 닫히지 않았습니다</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>the dataset is not a JSON object</source>
        <translation>데이터셋이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>unsupported dataset format %1 (this GapScope reads format 1)</source>
        <translation>지원하지 않는 데이터셋 형식 %1 (이 GapScope는 형식 1을 읽습니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot;은(는) 배열이어야 합니다</translation>
    </message>
    <message>
        <source>%1[%2] is not an object</source>
        <translation>%1[%2]이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>%1[%2] (&quot;%3&quot;): the field &quot;%4&quot; has the wrong type</source>
        <translation>%1[%2] (&quot;%3&quot;): 필드 &quot;%4&quot;의 자료형이 잘못되었습니다</translation>
    </message>
    <message>
        <source>the series &quot;%1&quot; has an unknown layout &quot;%2&quot;</source>
        <translation>시계열 &quot;%1&quot;의 레이아웃 &quot;%2&quot;을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;country_catalogue&quot; must name its &quot;file&quot; and its Korean catalogue &quot;ko&quot;</source>
        <translation>&quot;country_catalogue&quot;에는 파일(&quot;file&quot;)과 한국어 카탈로그(&quot;ko&quot;)가 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;epoch_models&quot; must name its &quot;notable&quot; and &quot;large_scale&quot; files, its &quot;source&quot;, its &quot;links&quot; and its &quot;derived&quot; indicators</source>
        <translation>&quot;epoch_models&quot;에는 &quot;notable&quot;과 &quot;large_scale&quot; 파일, 출처(&quot;source&quot;), 연결(&quot;links&quot;), 파생 지표(&quot;derived&quot;)가 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;epoch_models&quot; derives &quot;%1&quot;, which is no known indicator with a recipe</source>
        <translation>&quot;epoch_models&quot;가 파생하는 &quot;%1&quot;은(는) 계산법이 있는 알려진 지표가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;epoch_clusters&quot; must name its &quot;file&quot;, a known &quot;source&quot; and the &quot;derived&quot; indicator</source>
        <translation>&quot;epoch_clusters&quot;에는 파일(&quot;file&quot;), 알려진 출처(&quot;source&quot;), 파생 지표(&quot;derived&quot;)가 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;facts&quot; must list indicator ids</source>
        <translation>&quot;%1&quot;: &quot;facts&quot;에는 지표 ID 목록이 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives the facts &quot;%2&quot;, which is no known indicator with a recipe</source>
        <translation>&quot;%1&quot;이(가) 사실 값 &quot;%2&quot;을(를) 제공하지만, 계산 방법이 있는 알려진 지표가 아닙니다</translation>
    </message>
</context>
<context>
    <name>DatasetUpdate</name>
    <message>
        <source>The bundled dataset was updated from version %1 to %2: %3 records added, %4 updated, %5 removed. %6 records you edited were kept as you left them.</source>
        <translation>내장 데이터셋이 버전 %1에서 %2(으)로 갱신되었습니다: 레코드 %3개 추가, %4개 갱신, %5개 삭제. 사용자가 수정한 레코드 %6개는 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>a %1 record has no id</source>
        <translation>%1 레코드에 id가 없습니다</translation>
    </message>
    <message>
        <source>the %1 id &quot;%2&quot; is used twice</source>
        <translation>%1 id &quot;%2&quot;이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English %2</source>
        <translation>&quot;%1&quot;에 영어 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Korean %2</source>
        <translation>&quot;%1&quot;에 한국어 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no source</source>
        <translation>&quot;%1&quot;에 출처가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown source &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 알 수 없는 출처 &quot;%2&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown country &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 알 수 없는 국가 &quot;%2&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown dimension &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 알 수 없는 차원 &quot;%2&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown kind &quot;%2&quot; (expected one of: %3)</source>
        <translation>&quot;%1&quot;의 종류 &quot;%2&quot;을(를) 알 수 없습니다 (가능한 값: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no plausible year (%2)</source>
        <translation>&quot;%1&quot;의 연도가 타당하지 않습니다 (%2)</translation>
    </message>
    <message>
        <source>the dataset has no version</source>
        <translation>데이터셋에 버전이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names neither a document nor a URL</source>
        <translation>&quot;%1&quot;에 문서도 URL도 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid date &quot;%2&quot;</source>
        <translation>&quot;%1&quot;의 날짜 &quot;%2&quot;이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-3 code</source>
        <translation>&quot;%1&quot;은(는) ISO 3166-1 alpha-3 코드가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown developer &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 알 수 없는 개발 주체 &quot;%2&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid release date &quot;%2&quot;</source>
        <translation>&quot;%1&quot;의 출시일 &quot;%2&quot;이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no known unit (&quot;%2&quot;)</source>
        <translation>&quot;%1&quot;의 단위를 알 수 없습니다 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown indicator &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 알 수 없는 지표 &quot;%2&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value without a unit</source>
        <translation>&quot;%1&quot;의 값에 단위가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid month %2</source>
        <translation>&quot;%1&quot;의 월 %2이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no finite value</source>
        <translation>&quot;%1&quot;의 값이 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown quadrant &quot;%2&quot;</source>
        <translation>&quot;%1&quot;의 사분면 &quot;%2&quot;을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown organisation &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 알 수 없는 조직 &quot;%2&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid first operational date &quot;%2&quot;</source>
        <translation>&quot;%1&quot;의 최초 가동일 &quot;%2&quot;이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown country or region &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 알 수 없는 국가 또는 지역 &quot;%2&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code (OWID_ or a publisher&apos;s prefix, capitals)</source>
        <translation>&quot;%1&quot;은(는) 지역 코드가 아닙니다(OWID_ 또는 발행처 접두어, 대문자)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown country, region, organisation, model or cluster &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 알 수 없는 국가, 지역, 기관, 모델 또는 클러스터 &quot;%2&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid day %2</source>
        <translation>&quot;%1&quot;의 일(%2)이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by two kinds of entity: %2 and %3</source>
        <translation>ID &quot;%1&quot;을(를) 두 종류의 개체가 함께 씁니다: %2, %3</translation>
    </message>
    <message>
        <source>the regions &quot;%1&quot; contain each other</source>
        <translation>지역 &quot;%1&quot;이(가) 서로를 포함합니다</translation>
    </message>
</context>
<context>
    <name>DatePrecisionCheck</name>
    <message>
        <source>%1 is finer than the indicator &quot;%2&quot; allows: its figures are dated to the %3</source>
        <translation>%1은(는) 지표 &quot;%2&quot;에 허용된 것보다 세밀한 날짜입니다: 이 지표의 값은 %3 단위로 기록됩니다</translation>
    </message>
    <message>
        <source>the observation %1 (%2): %3</source>
        <translation>관측값 %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>AI lab</source>
        <translation>AI 연구소</translation>
    </message>
    <message>
        <source>Big tech</source>
        <translation>빅테크</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>스타트업</translation>
    </message>
    <message>
        <source>Chipmaker</source>
        <translation>반도체 기업</translation>
    </message>
    <message>
        <source>Cloud and SI</source>
        <translation>클라우드·SI</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>정부 기관</translation>
    </message>
    <message>
        <source>University</source>
        <translation>대학</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>분석가</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>추정치</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>전망치</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표치</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Strategic suggestion</source>
        <translation>전략 제언</translation>
    </message>
    <message>
        <source>Practical advice</source>
        <translation>실무 조언</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>Model release</source>
        <translation>모델 출시</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>이정표</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>강점</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>약점</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>위협</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>오픈 웨이트</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI 모델</translation>
    </message>
    <message>
        <source>Compute cluster</source>
        <translation>컴퓨팅 클러스터</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI 모델</translation>
    </message>
    <message>
        <source>Compute clusters</source>
        <translation>컴퓨팅 클러스터</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>인프라</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>기타 개체</translation>
    </message>
    <message>
        <source>Other entities</source>
        <translation>기타 개체</translation>
    </message>
    <message>
        <source>year</source>
        <translation>연</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
</context>
<context>
    <name>EmptyReason</name>
    <message>
        <source>The dataset has no such records yet.</source>
        <translation>데이터 세트에 아직 이런 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>The years %1 leave none: widen them.</source>
        <translation>%1 연도 범위에는 하나도 없습니다. 연도 범위를 넓히세요.</translation>
    </message>
    <message>
        <source>None are about %1: add countries.</source>
        <translation>%1에 관한 것은 하나도 없습니다. 국가를 추가하세요.</translation>
    </message>
    <message>
        <source>None are about %1: change or clear the dimension filter.</source>
        <translation>%1에 관한 것은 하나도 없습니다. 차원 필터를 바꾸거나 지우세요.</translation>
    </message>
    <message>
        <source>None are of %1: change or clear the indicator filter.</source>
        <translation>%1 지표의 것은 하나도 없습니다. 지표 필터를 바꾸거나 지우세요.</translation>
    </message>
    <message>
        <source>None match the search “%1”: change or clear it.</source>
        <translation>검색어 “%1”에 맞는 것이 하나도 없습니다. 검색어를 바꾸거나 지우세요.</translation>
    </message>
    <message>
        <source>widen the years %1</source>
        <translation>연도 범위(%1) 넓히기</translation>
    </message>
    <message>
        <source>add countries</source>
        <translation>국가 추가</translation>
    </message>
    <message>
        <source>clear the dimension filter</source>
        <translation>차원 필터 지우기</translation>
    </message>
    <message>
        <source>clear the indicator filter</source>
        <translation>지표 필터 지우기</translation>
    </message>
    <message>
        <source>clear the search “%1”</source>
        <translation>검색어 “%1” 지우기</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between actions</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Each filter leaves some, but not all of them together; try one of these: %1.</source>
        <translation>필터를 하나씩 적용하면 결과가 있지만 함께 적용하면 없습니다. 다음 중 하나를 해 보세요: %1.</translation>
    </message>
    <message>
        <source>The filters leave none together; loosen several of them: %1.</source>
        <translation>필터를 함께 적용하면 결과가 없습니다. 다음 중 여러 개를 완화하세요: %1.</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>No observations for %1.</source>
        <translation>%1에 대한 관측값이 없습니다.</translation>
    </message>
    <message>
        <source>None are figures of %1: show other kinds of entity.</source>
        <translation>%1의 수치는 없습니다: 다른 종류의 개체를 표시하세요.</translation>
    </message>
    <message>
        <source>show other kinds of entity</source>
        <translation>다른 종류의 개체 표시</translation>
    </message>
    <message>
        <source>The dates %1 leave none: widen them.</source>
        <translation>%1 날짜 범위에 해당하는 항목이 없습니다. 범위를 넓히세요.</translation>
    </message>
    <message>
        <source>widen the dates %1</source>
        <translation>날짜 범위 %1 넓히기</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a date range</comment>
        <translation>%1 기간</translation>
    </message>
</context>
<context>
    <name>EpochClusterReader</name>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>머리글에 열 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>expected %1 fields but found %2</source>
        <translation>필드 %1개를 예상했으나 %2개가 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>알 수 없는 국가 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>EpochModelReader</name>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>머리글에 열 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>expected %1 fields but found %2</source>
        <translation>필드 %1개를 예상했으나 %2개가 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>a model without a name</source>
        <translation>이름이 없는 모델</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot;은(는) 날짜(YYYY-MM-DD)가 아닙니다</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>알 수 없는 국가 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a second row for the model &quot;%1&quot;</source>
        <translation>모델 &quot;%1&quot;의 두 번째 행</translation>
    </message>
</context>
<context>
    <name>EpochRecords</name>
    <message>
        <source>the Epoch organisation &quot;%1&quot; is linked to an unknown actor &quot;%2&quot;</source>
        <translation>Epoch 조직 &quot;%1&quot;이(가) 알 수 없는 행위자 &quot;%2&quot;에 연결되어 있습니다</translation>
    </message>
    <message>
        <source>the Epoch link names an unknown model &quot;%1&quot;</source>
        <translation>Epoch 연결이 알 수 없는 모델 &quot;%1&quot;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; is linked to &quot;%2&quot;, which Epoch&apos;s files do not have</source>
        <translation>모델 &quot;%1&quot;이(가) &quot;%2&quot;에 연결되어 있으나 Epoch 파일에는 그 모델이 없습니다</translation>
    </message>
</context>
<context>
    <name>EventPreview</name>
    <message numerus="yes">
        <source>%n event(s) to add</source>
        <translation>
            <numerusform>추가할 사건 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>새 출처 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: %1</source>
        <translation>
            <numerusform>건너뛴 행 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Start from the saved view FILE (.gapview); repeat it to put several views in one deck.</source>
        <translation>저장한 화면 FILE(.gapview)에서 시작합니다. 여러 번 지정하면 여러 화면을 하나의 슬라이드 자료로 묶습니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write to FILE; the extension picks the format.</source>
        <translation>FILE에 씁니다. 확장자로 형식을 정합니다.</translation>
    </message>
    <message>
        <source>PANEL</source>
        <translation>PANEL</translation>
    </message>
    <message>
        <source>Chart kind: line, bar, stacked or percent.</source>
        <translation>차트 종류: line, bar, stacked 또는 percent.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The indicator to chart.</source>
        <translation>차트로 그릴 지표.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>Only these dimensions.</source>
        <translation>이 차원들만.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>FROM:TO</source>
        <translation>FROM:TO</translation>
    </message>
    <message>
        <source>Only records whose text contains TEXT.</source>
        <translation>텍스트에 TEXT가 들어 있는 레코드만.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Picture size: 16:9, 4:3, square, a4 or WxH in pixels.</source>
        <translation>그림 크기: 16:9, 4:3, square, a4 또는 픽셀 단위 WxH.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Pixels per point: 1, 2 or 3.</source>
        <translation>포인트당 픽셀 수: 1, 2 또는 3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Resolution recorded in the file.</source>
        <translation>파일에 기록할 해상도.</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>light, dark or slide.</source>
        <translation>light, dark 또는 slide.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Language of the picture: en or ko.</source>
        <translation>그림의 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>A title instead of the indicator&apos;s name.</source>
        <translation>지표 이름 대신 쓸 제목.</translation>
    </message>
    <message>
        <source>Logarithmic value axis (line charts).</source>
        <translation>값 축을 로그 눈금으로 (꺾은선 차트).</translation>
    </message>
    <message>
        <source>gapscope export: %1</source>
        <translation>gapscope export: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE이 필요합니다</translation>
    </message>
    <message>
        <source>several views go into a deck: write to a .pptx file</source>
        <translation>여러 화면은 슬라이드 자료로 묶입니다. .pptx 파일로 저장하세요</translation>
    </message>
    <message>
        <source>--chart must be line, bar, stacked or percent</source>
        <translation>--chart는 line, bar, stacked 또는 percent여야 합니다</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot;</source>
        <translation>알 수 없는 지표 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown country code &quot;%1&quot;</source>
        <translation>알 수 없는 국가 코드 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--size must be 16:9, 4:3, square, a4 or WxH from 200x150 to %1x%1</source>
        <translation>--size는 16:9, 4:3, square, a4 또는 200x150부터 %1x%1까지의 WxH여야 합니다</translation>
    </message>
    <message>
        <source>--scale must be 1, 2 or 3</source>
        <translation>--scale은 1, 2 또는 3이어야 합니다</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 36 to 1200</source>
        <translation>--dpi는 36부터 1200까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--theme must be light, dark or slide</source>
        <translation>--theme은 light, dark 또는 slide여야 합니다</translation>
    </message>
    <message>
        <source>--lang must be en or ko</source>
        <translation>--lang은 en 또는 ko여야 합니다</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 파일을 썼습니다</translation>
    </message>
    <message>
        <source>The gap&apos;s leader (an ISO alpha-3 code); USA unless given.</source>
        <translation>격차의 선두 국가 (ISO alpha-3 코드). 주지 않으면 USA.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The gap&apos;s followers (ISO alpha-3 codes); CHN and KOR unless given.</source>
        <translation>격차를 잴 추격 국가 (ISO alpha-3 코드). 주지 않으면 CHN과 KOR.</translation>
    </message>
    <message>
        <source>How the gap reads the series: frontier (the largest value to date) or values; the indicator&apos;s default unless given.</source>
        <translation>격차가 시계열을 읽는 방법: frontier(현재까지의 최댓값) 또는 values(관측값 그대로). 주지 않으면 지표의 기본값.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>--leader must be one country code</source>
        <translation>--leader에는 국가 코드 하나만 줄 수 있습니다</translation>
    </message>
    <message>
        <source>--method must be frontier or values</source>
        <translation>--method는 frontier 또는 values여야 합니다</translation>
    </message>
    <message>
        <source>--year must be a year or FROM:TO</source>
        <translation>--year는 연도 하나 또는 FROM:TO여야 합니다</translation>
    </message>
    <message>
        <source>What to show: chart, table, comparison, swot, gap, map, scatter or bubble.</source>
        <translation>보여 줄 것: chart, table, comparison, swot, gap, map, scatter 또는 bubble.</translation>
    </message>
    <message>
        <source>Only the years FROM:TO; for a map or bubble chart, one year Y shows that year.</source>
        <translation>FROM:TO 연도만. 지도와 버블 차트에서는 연도 하나(Y)를 주면 그 해를 보여 줍니다.</translation>
    </message>
    <message>
        <source>The models scatter&apos;s figure: compute (training compute, the default), parameters or cost.</source>
        <translation>모델 산점도의 수치: compute(훈련 연산량, 기본값), parameters(파라미터 수) 또는 cost(훈련 비용).</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Draw each country&apos;s frontier (running maximum) on the models scatter.</source>
        <translation>모델 산점도에 국가별 최전선(누적 최댓값)을 그립니다.</translation>
    </message>
    <message>
        <source>The bubble chart&apos;s indicator across.</source>
        <translation>버블 차트의 가로축 지표.</translation>
    </message>
    <message>
        <source>The bubble chart&apos;s indicator up.</source>
        <translation>버블 차트의 세로축 지표.</translation>
    </message>
    <message>
        <source>The indicator of the bubbles&apos; size, or none.</source>
        <translation>버블 크기의 지표, 또는 none(없음).</translation>
    </message>
    <message>
        <source>--panel must be chart, table, comparison, swot, gap, map, scatter or bubble</source>
        <translation>--panel은 chart, table, comparison, swot, gap, map, scatter 또는 bubble이어야 합니다</translation>
    </message>
    <message>
        <source>--measure must be compute, parameters or cost</source>
        <translation>--measure는 compute, parameters 또는 cost여야 합니다</translation>
    </message>
    <message>
        <source>%1: unknown format; use .png, .svg, .pdf, .pptx or .xlsx</source>
        <translation>%1: 알 수 없는 형식입니다. .png, .svg, .pdf, .pptx 또는 .xlsx를 쓰세요</translation>
    </message>
    <message>
        <source>a workbook (.xlsx) holds a table: use --panel table, comparison, swot or gap</source>
        <translation>통합 문서(.xlsx)에는 표가 들어갑니다: --panel table, comparison, swot 또는 gap을 쓰세요</translation>
    </message>
    <message>
        <source>Writes a chart, table, comparison, SWOT, gap, map, models scatter or bubble chart to PNG, SVG, PDF or PowerPoint (.pptx), with its title, filter and sources, without a display; a table, comparison, SWOT or gap also to an Excel workbook (.xlsx) with its sources on a second sheet.</source>
        <translation>차트, 표, 비교, SWOT, 격차, 지도, 모델 산점도 또는 버블 차트를 제목, 필터, 출처와 함께 화면 없이 PNG, SVG, PDF 또는 PowerPoint(.pptx)로 씁니다. 표, 비교, SWOT, 격차는 두 번째 시트에 출처를 담은 엑셀 통합 문서(.xlsx)로도 씁니다.</translation>
    </message>
    <message>
        <source>Only these countries (ISO alpha-3 codes) or regions (OWID_WRL…), or all. Without --view: USA, CHN and KOR, as the window opens.</source>
        <translation>이 국가(ISO alpha-3 코드)나 지역(OWID_WRL…)만, 또는 all. --view가 없으면 창이 처음 여는 화면처럼 USA, CHN, KOR.</translation>
    </message>
    <message>
        <source>Only the figures of these kinds of entity: country, region, organisation, model, cluster. Without --view: country,region, as the window opens.</source>
        <translation>이 종류의 개체 수치만: country, region, organisation, model, cluster. --view가 없으면 창이 처음 여는 화면처럼 country,region.</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>The bubbles&apos; colour: country (the default) or region.</source>
        <translation>버블의 색: country(국가, 기본값) 또는 region(지역).</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>--colour must be country or region</source>
        <translation>--colour는 country 또는 region이어야 합니다</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>--chart-as must be native or picture</source>
        <translation>--chart-as는 native 또는 picture여야 합니다</translation>
    </message>
    <message>
        <source>--chart-as is for decks: write to a .pptx file</source>
        <translation>--chart-as는 슬라이드용입니다: .pptx 파일로 쓰십시오</translation>
    </message>
    <message>
        <source>How a chart or models scatter goes into a deck (.pptx): native (the default: a chart PowerPoint and LibreOffice edit, its data in an embedded workbook) or picture. Maps, bubble charts, the gap&apos;s chart and a models scatter of more than eight countries are pictures either way.</source>
        <translation>슬라이드(.pptx)에 차트나 모델 산점도를 넣는 방식: native(기본값: PowerPoint와 LibreOffice에서 편집할 수 있는 차트, 데이터는 포함된 통합 문서에) 또는 picture(그림). 지도, 버블 차트, 격차 차트, 그리고 국가가 여덟 개보다 많은 모델 산점도는 어느 쪽이든 그림으로 들어갑니다.</translation>
    </message>
    <message>
        <source>a SWOT shows one country or two side by side: --country names %1 with one</source>
        <translation>SWOT는 한 국가 또는 두 국가를 나란히 보여 줍니다: --country에 SWOT가 있는 국가가 %1, 모두 셋 이상입니다</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>--country needs at least one country code, such as USA,CHN,KOR</source>
        <translation>--country에는 USA,CHN,KOR처럼 국가 코드가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>--dimension needs at least one dimension id</source>
        <translation>--dimension에는 차원 id가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>unknown dimension &quot;%1&quot; (gapscope list dimensions shows the ids)</source>
        <translation>알 수 없는 차원 &quot;%1&quot; (gapscope list dimensions로 id를 확인하세요)</translation>
    </message>
    <message>
        <source>--indicator needs at least one indicator id</source>
        <translation>--indicator에는 지표 id가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; (gapscope list indicators shows the ids)</source>
        <translation>알 수 없는 지표 &quot;%1&quot; (gapscope list indicators로 id를 확인하세요)</translation>
    </message>
    <message>
        <source>malformed year range &quot;%1&quot;: use FROM:TO such as 2018:2023, a single year, 2018: or :2023</source>
        <translation>연도 범위 &quot;%1&quot;의 형식이 잘못되었습니다: 2018:2023 같은 FROM:TO, 단일 연도, 2018: 또는 :2023을 사용하세요</translation>
    </message>
    <message>
        <source>unknown country or region code &quot;%1&quot; (gapscope list countries and gapscope list regions show the codes)</source>
        <translation>알 수 없는 국가 또는 지역 코드 &quot;%1&quot; (코드는 gapscope list countries와 gapscope list regions로 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>--entity needs at least one id, such as KOR or a model&apos;s id</source>
        <translation>--entity에는 KOR이나 모델 ID 같은 ID가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot; (gapscope list entities shows the ids)</source>
        <translation>알 수 없는 개체 &quot;%1&quot; (ID는 gapscope list entities로 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>--kind needs at least one of: %1</source>
        <translation>--kind에는 다음 중 하나 이상이 필요합니다: %1</translation>
    </message>
    <message>
        <source>malformed date range &quot;%1&quot;: use FROM:TO with years, months or days, such as 2024-01:2025-06, 2024-03-15:2024-04-30, 2020:2025, 2024-01: or :2025-06</source>
        <translation>잘못된 날짜 범위 &quot;%1&quot;: 2024-01:2025-06, 2024-03-15:2024-04-30, 2020:2025, 2024-01:, :2025-06처럼 연·월·일로 FROM:TO를 쓰세요</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: use %2, or the name of a kind of entities imported</source>
        <translation>알 수 없는 종류 &quot;%1&quot;: %2 중에서 쓰거나, 가져온 개체 종류의 이름을 쓰세요</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; names a kind of imported entities: give it alone, or use --kind other</source>
        <translation>--kind &quot;%1&quot;은(는) 가져온 개체의 종류입니다: 그것만 주거나 --kind other를 쓰세요</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>%1, %2: %3 (%4). Source: %5</source>
        <translation>%1, %2: %3(%4). 출처: %5</translation>
    </message>
    <message>
        <source>Published estimate of the gap</source>
        <translation>발표된 격차 추정치</translation>
    </message>
    <message>
        <source>Gap behind %1: %2 (%3)</source>
        <translation>%1 대비 격차: %2(%3)</translation>
    </message>
    <message>
        <source>%1: time gap (months)</source>
        <translation>%1: 시간 격차(개월)</translation>
    </message>
    <message>
        <source>%1: time gap (years)</source>
        <translation>%1: 시간 격차(년)</translation>
    </message>
    <message>
        <source>%1: share (%)</source>
        <translation>%1: 비율(%)</translation>
    </message>
</context>
<context>
    <name>GapCommand</name>
    <message>
        <source>How far followers are behind a leader on one indicator, at each of their dates: the size gap (share of the leader&apos;s value, and difference) and the time gap (how long before, the leader reached that level).</source>
        <translation>한 지표에서 추종국이 선도국에 얼마나 뒤처졌는지를 각 날짜마다 보여 줍니다: 규모 격차(선도국 값 대비 비율과 차이)와 시간 격차(선도국이 그 수준에 얼마나 앞서 도달했는지).</translation>
    </message>
    <message>
        <source>The indicator (required).</source>
        <translation>지표(필수).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The leading country (default USA).</source>
        <translation>선도국(기본값 USA).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The following countries (default CHN,KOR).</source>
        <translation>추종국(기본값 CHN,KOR).</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>Only the follower&apos;s years FROM:TO.</source>
        <translation>추종국의 FROM:TO 연도만.</translation>
    </message>
    <message>
        <source>FROM:TO</source>
        <translation>FROM:TO</translation>
    </message>
    <message>
        <source>frontier (running maximum, the default for frontier indicators) or values (as observed).</source>
        <translation>frontier(누적 최댓값, 최전선 지표의 기본값) 또는 values(관측값 그대로).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>gap takes no further arguments: %1</source>
        <translation>gap에는 다른 인수를 줄 수 없습니다: %1</translation>
    </message>
    <message>
        <source>gap needs --indicator ID (gapscope list indicators shows them)</source>
        <translation>gap에는 --indicator ID가 필요합니다(gapscope list indicators로 지표를 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;: use frontier or values</source>
        <translation>알 수 없는 방법 &quot;%1&quot;: frontier 또는 values를 쓰세요</translation>
    </message>
    <message>
        <source>gap takes one indicator and one leader</source>
        <translation>gap에는 지표 하나와 선도국 하나를 주어야 합니다</translation>
    </message>
    <message>
        <source>--follower needs a country other than the leader</source>
        <translation>--follower에는 선도국이 아닌 국가가 필요합니다</translation>
    </message>
</context>
<context>
    <name>GapText</name>
    <message>
        <source>%1 months</source>
        <translation>%1개월</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1년</translation>
    </message>
    <message>
        <source>at least %1 months</source>
        <translation>%1개월 이상</translation>
    </message>
    <message>
        <source>at least %1 years</source>
        <translation>%1년 이상</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>앞섬</translation>
    </message>
    <message>
        <source>not comparable: the leader never reached this level in the data</source>
        <translation>비교 불가: 데이터에서 선도국이 이 수준에 도달한 적이 없음</translation>
    </message>
    <message>
        <source>not comparable: the leader fell below this level again after reaching it</source>
        <translation>비교 불가: 선도국이 이 수준에 도달한 뒤 다시 그 아래로 떨어짐</translation>
    </message>
    <message>
        <source>not comparable: the leader&apos;s data start above this level at this date</source>
        <translation>비교 불가: 선도국의 데이터가 이 날짜에 이미 이 수준보다 높게 시작함</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>running maximum (the frontier to date)</source>
        <translation>누적 최댓값(그 시점까지의 최전선)</translation>
    </message>
    <message>
        <source>values as observed</source>
        <translation>관측값 그대로</translation>
    </message>
    <message>
        <source>Time gap (months)</source>
        <translation>시간 격차(개월)</translation>
    </message>
    <message>
        <source>Time gap (years)</source>
        <translation>시간 격차(년)</translation>
    </message>
    <message>
        <source>months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>years</source>
        <translation>년</translation>
    </message>
    <message>
        <source>Share: the follower&apos;s value over the leader&apos;s at the same date (and the difference, in the indicator&apos;s unit); between two of its observations the leader&apos;s value is read on the line joining them. Time gap: how long before that date the leader first reached the follower&apos;s value, in %1; &quot;ahead&quot; when the follower is at or above the leader.</source>
        <translation>비율: 같은 날짜의 선도국 값에 대한 추종국 값의 비율(차이는 지표 단위)이며, 선도국의 두 관측값 사이의 값은 둘을 잇는 직선에서 읽습니다. 시간 격차: 선도국이 그 날짜보다 얼마나 앞서 추종국의 값에 처음 도달했는지를 %1 단위로 잰 것이며, 추종국이 선도국과 같거나 높으면 &apos;앞섬&apos;입니다.</translation>
    </message>
    <message>
        <source>Both series are read as their running maximum, the largest value to date.</source>
        <translation>두 계열 모두 누적 최댓값(그 시점까지의 가장 큰 값)으로 읽습니다.</translation>
    </message>
    <message>
        <source>Values as observed; where the leader fell back below the level, no time gap.</source>
        <translation>관측값 그대로 읽으며, 선도국이 그 수준 아래로 다시 떨어진 경우에는 시간 격차를 제시하지 않습니다.</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1개월</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1년</translation>
    </message>
    <message>
        <source>at least 1 month</source>
        <translation>1개월 이상</translation>
    </message>
    <message>
        <source>at least 1 year</source>
        <translation>1년 이상</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The file to import.</source>
        <translation>가져올 파일.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The unit of new indicators (USD, KRW, count, ...).</source>
        <translation>새 지표의 단위 (USD, KRW, count 등).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>The source of rows that name none: a title, a URL or a source id.</source>
        <translation>출처가 없는 행의 출처: 제목, URL 또는 출처 ID.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The dimension of new indicators.</source>
        <translation>새 지표의 차원.</translation>
    </message>
    <message>
        <source>measured, estimate, projection or target, for rows that do not say.</source>
        <translation>종류가 없는 행의 종류: measured, estimate, projection 또는 target.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Skip rows of countries GapScope does not know, and list them.</source>
        <translation>GapScope가 모르는 국가의 행은 건너뛰고 목록으로 알려 줍니다.</translation>
    </message>
    <message>
        <source>Read the country NAME as CODE (repeatable).</source>
        <translation>국가 이름 NAME을 코드 CODE로 읽습니다 (여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>NAME=CODE</source>
        <translation>NAME=CODE</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>파일을 검사하고 결과만 알려 줍니다. 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>gapscope import: %1</source>
        <translation>gapscope import: %1</translation>
    </message>
    <message>
        <source>give one file to import</source>
        <translation>가져올 파일을 하나 지정하세요</translation>
    </message>
    <message>
        <source>--map takes NAME=CODE, not &quot;%1&quot;</source>
        <translation>--map은 &quot;%1&quot;이 아니라 NAME=CODE 형식이어야 합니다</translation>
    </message>
    <message>
        <source>would import %1; nothing written (dry run)</source>
        <translation>가져올 내용: %1. 시험 실행이므로 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>가져왔습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n row(s) of unknown countries: %1</source>
        <translation>
            <numerusform>알 수 없는 국가의 행 %n개를 건너뛰었습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the messages: en or ko.</source>
        <translation>메시지의 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Add values to existing indicators that the file names otherwise. Without it, such a column becomes a new indicator and such a row is refused.</source>
        <translation>파일에서 다른 이름으로 부르는 기존 지표에도 값을 추가합니다. 이 옵션이 없으면 그런 열은 새 지표가 되고 그런 행은 거부됩니다.</translation>
    </message>
    <message>
        <source>adds to existing indicator %1 (%2)</source>
        <translation>기존 지표 %1 (%2)에 추가</translation>
    </message>
    <message>
        <source>The delimiter of a CSV file: comma, semicolon or tab (detected when not given).</source>
        <translation>CSV 파일의 구분자: comma(쉼표), semicolon(세미콜론) 또는 tab(탭) (주지 않으면 파일에서 알아냅니다).</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>DELIMITER</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook (.xlsx) to read; its first sheet when not given.</source>
        <translation>읽을 Excel 통합 문서(.xlsx)의 시트. 주지 않으면 첫 시트를 읽습니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab, not &quot;%1&quot;</source>
        <translation>--delimiter는 comma, semicolon 또는 tab이어야 합니다. &quot;%1&quot;은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>The indicator of files that do not name it (owid, wide); of a file of one column per entity, an indicator id or the name of a new indicator.</source>
        <translation>지표를 밝히지 않은 파일(owid, wide)의 지표. 개체마다 열이 하나인 파일에서는 지표 ID 또는 새 지표의 이름.</translation>
    </message>
    <message>
        <source>Read FIELD (country, indicator, year, value, month, date, unit, source, kind, note) from the column HEADER; or, in a file of one column per entity, read the column HEADER as the values of ENTITY (a code, id or name), as a separate indicator (indicator:ID, or indicator:ID@ENTITY), or skip it (repeatable).</source>
        <translation>FIELD(country, indicator, year, value, month, date, unit, source, kind, note)를 HEADER 열에서 읽습니다. 개체마다 열이 하나인 파일에서는 HEADER 열을 ENTITY(코드, ID 또는 이름)의 값이나 별도 지표(indicator:ID 또는 indicator:ID@ENTITY)로 읽거나 건너뜁니다 (여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>FIELD=HEADER|HEADER=ENTITY</source>
        <translation>FIELD=HEADER|HEADER=ENTITY</translation>
    </message>
    <message>
        <source>--column takes FIELD=HEADER with FIELD one of %1, or HEADER=ENTITY, HEADER=indicator:ID or HEADER=skip, not &quot;%2&quot;</source>
        <translation>--column은 &quot;%2&quot;이 아니라 FIELD=HEADER(FIELD는 %1 중 하나), HEADER=ENTITY, HEADER=indicator:ID 또는 HEADER=skip 형식이어야 합니다</translation>
    </message>
    <message>
        <source>--map %1=%2: unknown country or region code &quot;%2&quot;</source>
        <translation>--map %1=%2: 알 수 없는 국가 또는 지역 코드 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation>열 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Adds observations from a CSV or JSON file, or events from a timeline, to the workspace, all or nothing.</source>
        <translation>CSV 또는 JSON 파일의 관측값이나 연표의 사건을 작업 공간에 추가합니다. 모두 추가하거나 하나도 추가하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more event(s)</source>
        <translation>
            <numerusform>… 외 사건 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Import rows that name neither a country, a region nor a record of the workspace as entities of the kind NAME (&quot;Research domain&quot;), named so in the language of --lang and, unless given, in the other.</source>
        <translation>국가, 지역, 작업 공간의 레코드 어느 것도 아닌 행을 종류 NAME(&quot;연구 분야&quot;)의 개체로 가져옵니다. 이 이름은 --lang 언어의 이름이며, 따로 주지 않으면 다른 언어에도 쓰입니다.</translation>
    </message>
    <message>
        <source>The English name of --entity-kind&apos;s kind.</source>
        <translation>--entity-kind 종류의 영어 이름.</translation>
    </message>
    <message>
        <source>The Korean name of --entity-kind&apos;s kind.</source>
        <translation>--entity-kind 종류의 한국어 이름.</translation>
    </message>
    <message>
        <source>tidy, owid, wide, columns (a date and one column per entity), records (one row per model, organisation or cluster), json or events (a timeline: date, country, title, kind, description); guessed from the file when not given (never records).</source>
        <translation>tidy, owid, wide, columns(날짜와 개체마다 열 하나), records(모델, 기관 또는 클러스터마다 행 하나), json 또는 events(연표: 날짜, 국가, 제목, 종류, 설명). 지정하지 않으면 파일에서 추측합니다(records는 추측하지 않음).</translation>
    </message>
    <message>
        <source>The kind of the records of a table of one row per record: model, organisation or cluster (model when not given).</source>
        <translation>레코드마다 행이 하나인 표의 레코드 종류: model, organisation 또는 cluster (지정하지 않으면 model).</translation>
    </message>
    <message>
        <source>The column of the records&apos; names.</source>
        <translation>레코드 이름이 담긴 열.</translation>
    </message>
    <message>
        <source>HEADER</source>
        <translation>HEADER</translation>
    </message>
    <message>
        <source>The column of the records&apos; dates, which date their facts.</source>
        <translation>레코드 날짜가 담긴 열. 사실 값의 날짜가 됩니다.</translation>
    </message>
    <message>
        <source>The column of the records&apos; countries.</source>
        <translation>레코드 국가가 담긴 열.</translation>
    </message>
    <message>
        <source>The column of the records&apos; organisations.</source>
        <translation>레코드 기관이 담긴 열.</translation>
    </message>
    <message>
        <source>Read the column HEADER as a numeric fact in UNIT, observed on each record at its date (repeatable; without it, Epoch AI&apos;s columns the file has).</source>
        <translation>HEADER 열을 UNIT 단위의 수치 사실 값으로 읽어 각 레코드의 날짜에 관측값으로 기록합니다 (반복 가능. 지정하지 않으면 파일에 있는 Epoch AI의 열).</translation>
    </message>
    <message>
        <source>HEADER=UNIT</source>
        <translation>HEADER=UNIT</translation>
    </message>
    <message>
        <source>--layout must be tidy, owid, wide, columns, records, json or events</source>
        <translation>--layout은 tidy, owid, wide, columns, records, json 또는 events여야 합니다</translation>
    </message>
    <message>
        <source>--record-kind must be model, organisation or cluster, not &quot;%1&quot;</source>
        <translation>--record-kind는 model, organisation 또는 cluster여야 합니다. &quot;%1&quot;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--fact takes HEADER=UNIT, not &quot;%1&quot;</source>
        <translation>--fact에는 HEADER=UNIT 형식을 씁니다. &quot;%1&quot;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>new indicator %1 (%2), dated to the %3</source>
        <translation>새 지표 %1 (%2), %3 단위 날짜</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>관측값 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new indicator(s)</source>
        <translation>
            <numerusform>새 지표 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>새 출처 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%2(%3)에서 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel 통합 문서, 시트 “%1”</translation>
    </message>
    <message>
        <source>%1, semicolon-separated</source>
        <translation>%1, 세미콜론 구분</translation>
    </message>
    <message>
        <source>%1, tab-separated</source>
        <translation>%1, 탭 구분</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n observation(s)</source>
        <translation>
            <numerusform>%1 (%2): 관측값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>dates %1 to %2</source>
        <translation>날짜 %1 ~ %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>separate indicator %1 of %2</source>
        <translation>%2의 별도 지표 %1</translation>
    </message>
    <message>
        <source>layout: %1, guessed from the file</source>
        <translation>레이아웃: %1 (파일을 보고 판단)</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>레이아웃: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: 사건 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>new %1: %2 (%3)</source>
        <translation>새 %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 matched</source>
        <translation>%1: 새 레코드 %2개, 일치 %3개</translation>
    </message>
    <message>
        <source>new unit %1</source>
        <translation>새 단위 %1</translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation>열 “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n field(s) filled on matched records</source>
        <translation>
            <numerusform>, 일치한 레코드에 채운 필드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n value(s) of the workspace kept</source>
        <translation>
            <numerusform>, 유지한 작업 공간 값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>%1 (%2): field &apos;%3&apos; keeps &apos;%4&apos;, the file says &apos;%5&apos;</source>
        <translation>%1 (%2): 필드 &apos;%3&apos;은(는) &apos;%4&apos;을(를) 유지합니다. 파일에는 &apos;%5&apos;(으)로 되어 있습니다</translation>
    </message>
    <message>
        <source>domain</source>
        <comment>a model&apos;s field</comment>
        <translation>분야</translation>
    </message>
    <message>
        <source>task</source>
        <comment>a model&apos;s field</comment>
        <translation>작업</translation>
    </message>
    <message>
        <source>accessibility</source>
        <comment>a model&apos;s field</comment>
        <translation>공개 방식</translation>
    </message>
    <message>
        <source>link</source>
        <comment>a record&apos;s field</comment>
        <translation>링크</translation>
    </message>
    <message>
        <source>confidence</source>
        <comment>a model&apos;s field</comment>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>status</source>
        <comment>a cluster&apos;s field</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>sector</source>
        <comment>a cluster&apos;s field</comment>
        <translation>부문</translation>
    </message>
    <message>
        <source>certainty</source>
        <comment>a cluster&apos;s field</comment>
        <translation>확실성</translation>
    </message>
    <message>
        <source>decommissioned</source>
        <comment>a cluster&apos;s field</comment>
        <translation>폐기일</translation>
    </message>
    <message>
        <source>country</source>
        <comment>an organisation&apos;s field</comment>
        <translation>국가</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>unknown kind &quot;%1&quot;: use measured, estimate, projection or target</source>
        <translation>알 수 없는 종류 &quot;%1&quot;: measured, estimate, projection 또는 target을 쓰세요</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>every row was skipped: no known country</source>
        <translation>모든 행을 건너뛰었습니다: 아는 국가가 없습니다</translation>
    </message>
    <message>
        <source>the file has no values</source>
        <translation>파일에 값이 없습니다</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; (the header has: %2)</source>
        <translation>&quot;%1&quot; 열이 없습니다 (머리글: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; 열이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>no value column after Entity, Code and Year</source>
        <translation>Entity, Code, Year 다음에 값 열이 없습니다</translation>
    </message>
    <message>
        <source>no year columns</source>
        <translation>연도 열이 없습니다</translation>
    </message>
    <message>
        <source>the file has %1 value columns: one indicator id cannot name them all</source>
        <translation>값 열이 %1개입니다: 지표 ID 하나로 모두 가리킬 수 없습니다</translation>
    </message>
    <message>
        <source>a wide file needs an &quot;indicator&quot; column or an indicator given with the import</source>
        <translation>wide 파일에는 &quot;indicator&quot; 열이 있거나 가져올 때 지표를 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>필드가 %1개입니다 (머리글은 %2개)</translation>
    </message>
    <message>
        <source>a field of %1 characters; the limit is %2</source>
        <translation>필드 길이가 %1자입니다. 한도는 %2자입니다</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>올바른 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>expected an array of observations, or an object with an &quot;observations&quot; array</source>
        <translation>관측값 배열 또는 &quot;observations&quot; 배열을 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>%1번째 항목이 객체가 아닙니다</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; must be a text or a number</source>
        <translation>%1번째 항목: &quot;%2&quot;은(는) 텍스트나 숫자여야 합니다</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>%1번째 항목: %2</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; is in %2; this row says %3: values are never converted</source>
        <translation>지표 &quot;%1&quot;의 단위는 %2인데 이 행은 %3입니다: 값은 환산하지 않습니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; is in %2 on an earlier row; this row says %3</source>
        <translation>지표 &quot;%1&quot;의 단위가 앞 행에서는 %2인데 이 행은 %3입니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; is new: give its unit (a &quot;unit&quot; column, or a unit with the import)</source>
        <translation>지표 &quot;%1&quot;은(는) 새 지표입니다: 단위를 지정하세요 (&quot;unit&quot; 열 또는 가져올 때 지정)</translation>
    </message>
    <message>
        <source>unknown dimension &quot;%1&quot;</source>
        <translation>알 수 없는 차원 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>값이 비어 있습니다</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;: use an ISO alpha-3 code or a name GapScope knows, map it, or skip unknown countries</source>
        <translation>알 수 없는 국가 &quot;%1&quot;: ISO alpha-3 코드나 GapScope가 아는 이름을 쓰거나, 코드를 대응시키거나, 알 수 없는 국가를 건너뛰세요</translation>
    </message>
    <message>
        <source>the indicator is empty</source>
        <translation>지표가 비어 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>&quot;%1&quot;은(는) 연도가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (1 to 12)</source>
        <translation>&quot;%1&quot;은(는) 월(1~12)이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>no source: every value needs one (a &quot;source&quot; column, or a source given with the import)</source>
        <translation>출처가 없습니다: 모든 값에는 출처가 필요합니다 (&quot;source&quot; 열 또는 가져올 때 지정)</translation>
    </message>
    <message>
        <source>duplicate: %1, %2, %3 already appears on line %4</source>
        <translation>중복: %1, %2, %3이(가) 이미 %4번째 줄에 있습니다</translation>
    </message>
    <message>
        <source>the workspace already has %1 for %2 in %3 (%4)</source>
        <translation>작업 공간에 이미 %2의 %3년 %1 값이 있습니다 (%4)</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; for %2</source>
        <translation>%2에 쓸 &quot;%1&quot; 열이 없습니다</translation>
    </message>
    <message>
        <source>no indicator id is free for column &quot;%1&quot;: give the indicator with the import</source>
        <translation>&quot;%1&quot; 열에 쓸 수 있는 지표 ID가 없습니다: 가져오기에서 지표를 지정하세요</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; is &quot;%2&quot; in the workspace; this file names it &quot;%3&quot;: give these values another indicator id, or choose to add them to the existing indicator</source>
        <translation>지표 &quot;%1&quot;은(는) 작업 공간에서 &quot;%2&quot;인데 이 파일은 &quot;%3&quot;(이)라고 부릅니다: 이 값들에 다른 지표 ID를 주거나, 기존 지표에 추가하도록 선택하세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator id: use lower-case letters (of any script), digits, &quot;_&quot; and &quot;-&quot;</source>
        <translation>&quot;%1&quot;은(는) 지표 ID가 아닙니다: (어느 문자든) 소문자, 숫자, &quot;_&quot;, &quot;-&quot;를 쓰세요</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is empty</source>
        <translation>시트 &quot;%1&quot;이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>a workbook is not JSON</source>
        <translation>통합 문서는 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다: YYYY-MM-DD, YYYY-MM 또는 YYYY로 쓰세요</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; names no country or region GapScope knows: map it to an entity, to a separate indicator, or skip it</source>
        <translation>열 &quot;%1&quot;의 이름에 GapScope가 아는 국가나 지역이 없습니다: 개체나 별도 지표에 대응시키거나 건너뛰세요</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: unknown entity &quot;%2&quot;</source>
        <translation>열 &quot;%1&quot;: 알 수 없는 개체 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;indicator:&quot; needs the indicator&apos;s id</source>
        <translation>열 &quot;%1&quot;: &quot;indicator:&quot; 뒤에 지표 ID가 있어야 합니다</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is a separate indicator, but its header names no entity: give one as indicator:%2@ENTITY</source>
        <translation>열 &quot;%1&quot;은(는) 별도 지표인데 열 이름에 개체가 없습니다: indicator:%2@ENTITY로 개체를 지정하세요</translation>
    </message>
    <message>
        <source>give the indicator of the values: an indicator id of the workspace or the name of a new one</source>
        <translation>값의 지표를 지정하세요: 작업 공간의 지표 ID 또는 새 지표의 이름</translation>
    </message>
    <message>
        <source>no indicator id is free for &quot;%1&quot;: give another name</source>
        <translation>&quot;%1&quot;에 쓸 수 있는 지표 ID가 없습니다: 다른 이름을 지정하세요</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; hold the same entity and indicator</source>
        <translation>열 &quot;%1&quot;과(와) &quot;%2&quot;이(가) 같은 개체와 지표를 담고 있습니다</translation>
    </message>
    <message>
        <source>every column is skipped: nothing to import</source>
        <translation>모든 열을 건너뛰어 가져올 것이 없습니다</translation>
    </message>
    <message>
        <source>the file has no events</source>
        <translation>파일에 사건이 없습니다</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>제목이 비어 있습니다</translation>
    </message>
    <message>
        <source>no source: every event needs one (a &quot;source&quot; column, or a source given with the import)</source>
        <translation>출처 없음: 모든 사건에는 출처가 필요합니다(&quot;source&quot; 열 또는 가져오기에서 지정한 출처)</translation>
    </message>
    <message>
        <source>duplicate: the event &quot;%1&quot; of %2 on %3 already appears on line %4</source>
        <translation>중복: %2의 %3 사건 &quot;%1&quot;이(가) 이미 %4행에 있습니다</translation>
    </message>
    <message>
        <source>the workspace already has the event &quot;%1&quot; of %2 on %3 (%4)</source>
        <translation>작업 공간에 %2의 %3 사건 &quot;%1&quot;이(가) 이미 있습니다(%4)</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;: use an ISO alpha-3 code or a name GapScope knows, map it, skip unknown countries, or import such rows as entities of a kind you name (--entity-kind)</source>
        <translation>알 수 없는 국가 &quot;%1&quot;: ISO alpha-3 코드나 GapScope가 아는 이름을 쓰거나, 코드를 대응시키거나, 알 수 없는 국가를 건너뛰거나, 이런 행을 이름을 붙인 종류의 개체로 가져오세요(--entity-kind)</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>a fact in %1</source>
        <translation>%1 단위의 사실 값</translation>
    </message>
    <message>
        <source>an attribute</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>unknown record kind &quot;%1&quot;: use model, organisation or cluster</source>
        <translation>알 수 없는 레코드 종류 &quot;%1&quot;: model, organisation 또는 cluster를 사용하세요</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; for %2: the header has %3</source>
        <translation>%2에 쓸 열 &quot;%1&quot;이(가) 없습니다. 머리글에 있는 열: %3</translation>
    </message>
    <message>
        <source>no column holds the records&apos; names: choose the name column (the header has %1)</source>
        <translation>레코드 이름이 담긴 열이 없습니다: 이름 열을 고르세요 (머리글에 있는 열: %1)</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; for a fact: the header has %2</source>
        <translation>사실 값에 쓸 열 &quot;%1&quot;이(가) 없습니다. 머리글에 있는 열: %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is already %2</source>
        <translation>열 &quot;%1&quot;은(는) 이미 %2 열입니다</translation>
    </message>
    <message>
        <source>the fact &quot;%1&quot; needs its unit</source>
        <translation>사실 값 &quot;%1&quot;에 단위가 필요합니다</translation>
    </message>
    <message>
        <source>no indicator id is free for column &quot;%1&quot;</source>
        <translation>열 &quot;%1&quot;에 쓸 수 있는 지표 ID가 없습니다</translation>
    </message>
    <message>
        <source>facts are dated by the record&apos;s date: choose the date column</source>
        <translation>사실 값의 날짜는 레코드의 날짜입니다: 날짜 열을 고르세요</translation>
    </message>
    <message>
        <source>the name is empty: every record needs one</source>
        <translation>이름이 비어 있습니다: 모든 레코드에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>no source: every record needs one (a source given with the import)</source>
        <translation>출처가 없습니다: 모든 레코드에는 출처가 필요합니다 (가져올 때 출처를 지정하세요)</translation>
    </message>
    <message>
        <source>the date is empty: the facts of a record are dated by it</source>
        <translation>날짜가 비어 있습니다: 레코드의 사실 값은 이 날짜로 기록됩니다</translation>
    </message>
    <message>
        <source>expected an array of events, or an object with an &quot;events&quot; array</source>
        <translation>사건 배열 또는 &quot;events&quot; 배열을 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>nothing to add: every row is a record the workspace has, no fact is new and no empty field is filled</source>
        <translation>추가할 것이 없습니다: 모든 행이 작업 공간에 있는 레코드이고, 새 사실 값도 채울 빈 필드도 없습니다</translation>
    </message>
    <message>
        <source>duplicate: %1, %2, %3 already appears in item %4</source>
        <translation>중복: %1, %2, %3이(가) 이미 %4번째 항목에 있습니다</translation>
    </message>
    <message>
        <source>duplicate: the event &quot;%1&quot; of %2 on %3 already appears in item %4</source>
        <translation>중복: %2의 %3 사건 &quot;%1&quot;이(가) 이미 %4번째 항목에 있습니다</translation>
    </message>
</context>
<context>
    <name>MoFileReader</name>
    <message>
        <source>the file is too short to be a gettext catalogue (%1 bytes)</source>
        <translation>gettext 카탈로그라기에는 파일이 너무 짧습니다 (%1바이트)</translation>
    </message>
    <message>
        <source>the file is not a gettext catalogue (no .mo magic number)</source>
        <translation>gettext 카탈로그 파일이 아닙니다 (.mo 매직 넘버가 없음)</translation>
    </message>
    <message>
        <source>unsupported gettext catalogue revision %1</source>
        <translation>지원하지 않는 gettext 카탈로그 리비전 %1</translation>
    </message>
    <message>
        <source>the catalogue&apos;s table of %1 strings at byte %2 lies outside the file (%3 bytes)</source>
        <translation>%2바이트 위치의 문자열 %1개짜리 카탈로그 표가 파일(%3바이트) 밖에 있습니다</translation>
    </message>
    <message>
        <source>the string of %1 bytes at byte %2 lies outside the file (%3 bytes)</source>
        <translation>%2바이트 위치의 %1바이트 문자열이 파일(%3바이트) 밖에 있습니다</translation>
    </message>
    <message>
        <source>the string at byte %1 is not valid UTF-8</source>
        <translation>%1바이트 위치의 문자열이 올바른 UTF-8이 아닙니다</translation>
    </message>
</context>
<context>
    <name>NativeChart</name>
    <message>
        <source>Chart data</source>
        <translation>차트 데이터</translation>
    </message>
    <message>
        <source>%1 (projection or target)</source>
        <translation>%1 (전망치 또는 목표치)</translation>
    </message>
    <message>
        <source>Publication date (year)</source>
        <translation>발표일(연도)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>%1, open weights</source>
        <translation>%1, 오픈 웨이트</translation>
    </message>
    <message>
        <source>%1, closed weights</source>
        <translation>%1, 비공개 웨이트</translation>
    </message>
    <message>
        <source>%1, weights not stated</source>
        <translation>%1, 웨이트 명시되지 않음</translation>
    </message>
    <message>
        <source>%1, frontier</source>
        <translation>%1, 최전선</translation>
    </message>
    <message numerus="yes">
        <source>%n other countries (grey)</source>
        <translation>
            <numerusform>그 밖의 국가 %n개 (회색)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>OwidCsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>머리글에 &quot;%1&quot; 열이 없습니다</translation>
    </message>
    <message>
        <source>expected %1 fields but found %2</source>
        <translation>필드가 %1개여야 하는데 %2개입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>&quot;%1&quot;은(는) 연도가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>a second value for %1 in %2</source>
        <translation>%1의 %2년 값이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>a row without a country code</source>
        <translation>국가 코드가 없는 행</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code</source>
        <translation>&quot;%1&quot;에 국가 코드가 없습니다</translation>
    </message>
    <message>
        <source>unknown country or region code &quot;%1&quot;</source>
        <translation>알 수 없는 국가 또는 지역 코드 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>OwidMetadata</name>
    <message>
        <source>not Our World in Data metadata: no &quot;columns&quot; object describing the values</source>
        <translation>Our World in Data 메타데이터가 아닙니다: 값을 설명하는 &quot;columns&quot; 객체가 없습니다</translation>
    </message>
    <message>
        <source>the metadata of the column &quot;%1&quot; is not an object</source>
        <translation>열 &quot;%1&quot;의 메타데이터가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
</context>
<context>
    <name>OwidPackage</name>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>파일을 열 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>the file is not a zip archive</source>
        <translation>파일이 zip 압축 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the zip archive holds no CSV file</source>
        <translation>zip 압축 파일에 CSV 파일이 없습니다</translation>
    </message>
    <message>
        <source>the zip archive holds %1 CSV files (%2): unzip it and import one</source>
        <translation>zip 압축 파일에 CSV 파일이 %1개 있습니다 (%2). 압축을 풀고 하나씩 가져오세요</translation>
    </message>
    <message>
        <source>%1 in the zip archive is too large</source>
        <translation>zip 압축 파일 안의 %1이(가) 너무 큽니다</translation>
    </message>
    <message>
        <source>%1 in the zip archive cannot be read: the archive is damaged</source>
        <translation>zip 압축 파일 안의 %1을(를) 읽을 수 없습니다: 압축 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>%1 in the zip archive cannot be read</source>
        <translation>zip 압축 파일 안의 %1을(를) 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, %2행 %3열: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI 모델</translation>
    </message>
    <message>
        <source>event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>SWOT item</source>
        <translation>SWOT 항목</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>절</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>개발사</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>공개일</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>웨이트</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Said by (quotes)</source>
        <translation>발언자 (인용)</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <source>%1: write it in English and in Korean.</source>
        <translation>%1: 영어와 한국어로 모두 쓰세요.</translation>
    </message>
    <message>
        <source>%1: write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: 날짜는 YYYY, YYYY-MM 또는 YYYY-MM-DD로 쓰세요.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1은(는) 필수입니다.</translation>
    </message>
    <message>
        <source>Every record needs a source: choose one.</source>
        <translation>모든 레코드에는 출처가 필요합니다: 출처를 선택하세요.</translation>
    </message>
    <message>
        <source>Name the document or give its link.</source>
        <translation>문서 이름이나 링크를 적으세요.</translation>
    </message>
    <message>
        <source>A quote names who said it.</source>
        <translation>인용에는 발언자를 적어야 합니다.</translation>
    </message>
    <message>
        <source>compute cluster</source>
        <translation>컴퓨팅 클러스터</translation>
    </message>
</context>
<context>
    <name>RecordSerializer</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름표</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>단위 이름</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>국가 이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>개발 주체</translation>
    </message>
    <message>
        <source>Developer name</source>
        <translation>개발 주체 이름</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>오픈 웨이트</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Indicator name</source>
        <translation>지표 이름</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Value (formatted)</source>
        <translation>값(표시 형식)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>절</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>출처 ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>출처 날짜</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>출처 비고</translation>
    </message>
    <message>
        <source>ISO numeric code</source>
        <translation>ISO 숫자 코드</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>추종국</translation>
    </message>
    <message>
        <source>Leader&apos;s value</source>
        <translation>선도국 값</translation>
    </message>
    <message>
        <source>Follower&apos;s value</source>
        <translation>추종국 값</translation>
    </message>
    <message>
        <source>Share of leader</source>
        <translation>선도국 대비 비율</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Time gap</source>
        <translation>시간 격차</translation>
    </message>
    <message>
        <source>Name in Epoch AI&apos;s data</source>
        <translation>Epoch AI 자료의 이름</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <source>Training compute (FLOP)</source>
        <translation>훈련 연산량(FLOP)</translation>
    </message>
    <message>
        <source>Training compute cost (2023 USD)</source>
        <translation>훈련 연산 비용(2023년 미국 달러)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>공개 방식</translation>
    </message>
    <message>
        <source>Frontier model</source>
        <translation>프런티어 모델</translation>
    </message>
    <message>
        <source>Notable</source>
        <translation>주목할 만한 모델</translation>
    </message>
    <message>
        <source>Large-scale</source>
        <translation>대규모 모델</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Epoch AI source</source>
        <translation>Epoch AI 출처</translation>
    </message>
    <message>
        <source>Epoch AI licence</source>
        <translation>Epoch AI 라이선스</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>소유 조직</translation>
    </message>
    <message>
        <source>Owner names</source>
        <translation>소유 조직 이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>First operational</source>
        <translation>최초 가동일</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>폐기일</translation>
    </message>
    <message>
        <source>H100 equivalents</source>
        <translation>H100 환산 수</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>전력(MW)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>확실성</translation>
    </message>
    <message>
        <source>In Epoch&apos;s standard analysis</source>
        <translation>Epoch 표준 분석 포함</translation>
    </message>
    <message>
        <source>Excluded by Epoch</source>
        <translation>Epoch 제외 대상</translation>
    </message>
    <message>
        <source>H100 equivalents (formatted)</source>
        <translation>H100 환산 수(표시 형식)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원국</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Kind of entity</source>
        <translation>개체 종류</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>날짜 단위</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>database error while migrating the schema: %1</source>
        <translation>스키마를 이전하는 중 데이터베이스 오류: %1</translation>
    </message>
    <message>
        <source>no migration to schema version %1</source>
        <translation>스키마 버전 %1(으)로 이전하는 방법이 없습니다</translation>
    </message>
    <message>
        <source>the database is not a GapScope workspace</source>
        <translation>이 데이터베이스는 GapScope 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <source>the workspace has schema version %1, newer than this GapScope supports (%2)</source>
        <translation>작업 공간의 스키마 버전 %1은(는) 이 GapScope가 지원하는 버전(%2)보다 새롭습니다</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot record the schema version: %1</source>
        <translation>스키마 버전을 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot commit the migration: %1</source>
        <translation>스키마 이전을 커밋할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot open the workspace %1: %2</source>
        <translation>작업 공간 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a GapScope workspace or is damaged: %2</source>
        <translation>%1은(는) GapScope 작업 공간이 아니거나 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a GapScope workspace</source>
        <translation>%1은(는) GapScope 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <source>the bundled dataset cannot be read: %1</source>
        <translation>내장 데이터셋을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write the workspace settings: %1</source>
        <translation>작업 공간 설정을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write the dataset into the workspace: %1</source>
        <translation>데이터셋을 작업 공간에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read the workspace %1: %2</source>
        <translation>작업 공간 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot update the bundled records of the workspace: %1</source>
        <translation>작업 공간의 내장 레코드를 갱신할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot import %1 into the workspace: %2</source>
        <translation>%1을(를) 작업 공간에 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: use postgresql://user@host:port/database</source>
        <translation>%1은(는) PostgreSQL 주소가 아닙니다: postgresql://user@host:port/database 형식을 쓰세요</translation>
    </message>
    <message>
        <source>cannot open %1: the PostgreSQL driver (libqt6sql6-psql) is not installed</source>
        <translation>%1을(를) 열 수 없습니다: PostgreSQL 드라이버(libqt6sql6-psql)가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it (version %2, not %3): reload it and edit again</source>
        <translation>%1은(는) 연 뒤에 다른 사람이 바꾸었습니다 (버전 %3이 아니라 %2): 다시 불러와서 편집하세요</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else since you opened it</source>
        <translation>%1은(는) 연 뒤에 다른 사람이 삭제했습니다</translation>
    </message>
    <message>
        <source>nothing was saved: someone else changed or deleted %1 since you opened them. Reload and edit again.</source>
        <translation>아무것도 저장하지 않았습니다: 연 뒤에 다른 사람이 %1을(를) 바꾸거나 삭제했습니다. 다시 불러와서 편집하세요.</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>취소했습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by another version of GapScope (schema %2, this one reads %3): copy it somewhere you can write to open it</source>
        <translation>%1은(는) 읽기 전용이며 다른 버전의 GapScope가 만들었습니다(스키마 %2, 이 버전은 %3을 읽음). 열려면 쓸 수 있는 곳에 복사하세요</translation>
    </message>
    <message>
        <source>the workspace %1 is read-only: nothing was changed</source>
        <translation>작업 공간 %1은(는) 읽기 전용입니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>A shared PostgreSQL workspace is copied with the server&apos;s own tools; Save as copies SQLite workspaces.</source>
        <translation>공유 PostgreSQL 작업 공간은 서버 도구로 복사하세요. 다른 이름으로 저장은 SQLite 작업 공간을 복사합니다.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>nothing was saved: %1</source>
        <translation>아무것도 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>someone else changed or deleted %1 since it was read: reload and import again</source>
        <translation>읽은 뒤에 다른 사람이 %1을(를) 바꾸거나 삭제했습니다: 다시 불러와서 다시 가져오세요</translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>명시되지 않음</translation>
    </message>
</context>
<context>
    <name>TableWorkbook</name>
    <message>
        <source>Observations</source>
        <translation>관측값</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>절</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
</context>
<context>
    <name>TextFileReader</name>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>파일을 열 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>파일이 올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor CP949 (EUC-KR) text</source>
        <translation>파일이 UTF-8 또는 CP949(EUC-KR) 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>파일이 올바른 UTF-16 텍스트가 아닙니다</translation>
    </message>
</context>
<context>
    <name>TopoJsonReader</name>
    <message>
        <source>not a TopoJSON topology: &quot;type&quot; must be &quot;Topology&quot;</source>
        <translation>TopoJSON 토폴로지가 아닙니다: &quot;type&quot;은 &quot;Topology&quot;여야 합니다</translation>
    </message>
    <message>
        <source>the topology has no geometry collection &quot;%1&quot;</source>
        <translation>토폴로지에 도형 모음 &quot;%1&quot;이 없습니다</translation>
    </message>
    <message>
        <source>the topology&apos;s arcs or transform are not lists of two numbers</source>
        <translation>토폴로지의 호(arcs) 또는 변환(transform)이 두 수의 목록이 아닙니다</translation>
    </message>
    <message>
        <source>geometry %1 (%2) has a ring of unknown arcs or fewer than four points</source>
        <translation>도형 %1(%2)에 알 수 없는 호로 된 고리나 점이 네 개 미만인 고리가 있습니다</translation>
    </message>
    <message>
        <source>geometry %1 (%2) has a polygon without rings</source>
        <translation>도형 %1(%2)에 고리가 없는 다각형이 있습니다</translation>
    </message>
    <message>
        <source>the geometry collection &quot;%1&quot; has no polygons</source>
        <translation>도형 모음 &quot;%1&quot;에 다각형이 없습니다</translation>
    </message>
</context>
<context>
    <name>ViewFile</name>
    <message>
        <source>not a GapScope view: &quot;format&quot; must be &quot;gapview&quot;</source>
        <translation>GapScope 화면 파일이 아닙니다: &quot;format&quot;은 &quot;gapview&quot;여야 합니다</translation>
    </message>
    <message>
        <source>unsupported view version %1</source>
        <translation>지원하지 않는 화면 파일 버전 %1</translation>
    </message>
    <message>
        <source>&quot;chart&quot; must be line, bar, stacked or percent</source>
        <translation>&quot;chart&quot;는 line, bar, stacked 또는 percent여야 합니다</translation>
    </message>
    <message>
        <source>&quot;theme&quot; must be light, dark or slide</source>
        <translation>&quot;theme&quot;은 light, dark 또는 slide여야 합니다</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be en or ko</source>
        <translation>&quot;language&quot;는 en 또는 ko여야 합니다</translation>
    </message>
    <message>
        <source>&quot;indicator&quot; must be a text</source>
        <translation>&quot;indicator&quot;는 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>&quot;title&quot; must be a text</source>
        <translation>&quot;title&quot;은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>&quot;log_scale&quot; must be true or false</source>
        <translation>&quot;log_scale&quot;은 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;width&quot; and &quot;height&quot; must be whole numbers of pixels, from 200x150 to %1x%1</source>
        <translation>&quot;width&quot;와 &quot;height&quot;는 200x150부터 %1x%1까지의 픽셀 정수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;scale&quot; must be 1, 2 or 3</source>
        <translation>&quot;scale&quot;은 1, 2 또는 3이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;dpi&quot; must be a whole number from 36 to 1200</source>
        <translation>&quot;dpi&quot;는 36부터 1200까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;swot_countries&quot; must list one or two country codes</source>
        <translation>&quot;swot_countries&quot;에는 국가 코드를 한두 개 적어야 합니다</translation>
    </message>
    <message>
        <source>&quot;filter&quot; must be an object</source>
        <translation>&quot;filter&quot;는 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;filter&quot; lists (countries, dimensions, indicators) must hold texts</source>
        <translation>&quot;filter&quot;의 목록(countries, dimensions, indicators)에는 텍스트만 들어갈 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;filter&quot; years must be whole numbers (0 for open)</source>
        <translation>&quot;filter&quot;의 연도는 정수여야 합니다 (제한 없음은 0)</translation>
    </message>
    <message>
        <source>&quot;filter&quot; text must be a text</source>
        <translation>&quot;filter&quot;의 text는 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: not valid JSON: %4</source>
        <translation>%1, %2행 %3열: 올바른 JSON이 아닙니다: %4</translation>
    </message>
    <message>
        <source>%1: a view is a JSON object</source>
        <translation>%1: 화면 파일은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;gap&quot; must hold a leader (a country code), followers (a list of country codes) and a method (frontier or values)</source>
        <translation>&quot;gap&quot;에는 선두 국가(leader, 국가 코드), 추격 국가(followers, 국가 코드 목록), 방법(method, frontier 또는 values)이 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;map_year&quot; must be a year, or 0 for the last year with data</source>
        <translation>&quot;map_year&quot;는 연도이거나, 자료가 있는 마지막 해를 뜻하는 0이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;panel&quot; must be chart, table, comparison, swot, gap, map, scatter or bubble</source>
        <translation>&quot;panel&quot;은 chart, table, comparison, swot, gap, map, scatter 또는 bubble이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;scatter&quot; must hold a measure (compute, parameters or cost), a domain (a text) and notable, large_scale, log and frontier (true or false)</source>
        <translation>&quot;scatter&quot;에는 measure(compute, parameters 또는 cost), domain(텍스트), 그리고 notable, large_scale, log, frontier(true 또는 false)가 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;bubble&quot; must hold indicators x, y and size (texts), log_x and log_y (true or false), a year (0 for the last with data) and a colour (country or region)</source>
        <translation>&quot;bubble&quot;에는 지표 x, y, size(텍스트), log_x와 log_y(true 또는 false), year(연도, 자료가 있는 마지막 해는 0), 그리고 colour(country 또는 region)가 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;filter&quot; entity kinds must be a list of texts</source>
        <translation>&quot;filter&quot;의 개체 종류는 텍스트 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;filter&quot; names an unknown entity kind &quot;%1&quot; (known: %2)</source>
        <translation>&quot;filter&quot;에 알 수 없는 개체 종류 &quot;%1&quot;이(가) 있습니다(알려진 종류: %2)</translation>
    </message>
    <message>
        <source>&quot;filter&quot; date_from must be a date such as 2024, 2024-03 or 2024-03-15</source>
        <translation>&quot;filter&quot;의 date_from은 2024, 2024-03, 2024-03-15 같은 날짜여야 합니다</translation>
    </message>
    <message>
        <source>&quot;filter&quot; date_to must be a date such as 2024, 2024-03 or 2024-03-15</source>
        <translation>&quot;filter&quot;의 date_to는 2024, 2024-03, 2024-03-15 같은 날짜여야 합니다</translation>
    </message>
    <message>
        <source>&quot;filter&quot; dates are reversed: %1 is after %2</source>
        <translation>&quot;filter&quot;의 날짜가 거꾸로입니다: %1이(가) %2보다 뒤입니다</translation>
    </message>
</context>
<context>
    <name>WorkbookWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the workbook&apos;s part %1 is too large</source>
        <translation>통합 문서의 부분 %1이(가) 너무 큽니다</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 cannot be read</source>
        <translation>통합 문서의 부분 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged</source>
        <translation>통합 문서의 부분 %1이(가) 손상되었습니다</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>파일을 열 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (not a zip archive)</source>
        <translation>파일이 Excel 통합 문서가 아닙니다 (zip 압축 파일이 아님)</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (no xl/workbook.xml)</source>
        <translation>파일이 Excel 통합 문서가 아닙니다 (xl/workbook.xml 없음)</translation>
    </message>
    <message>
        <source>the workbook lists no sheets</source>
        <translation>통합 문서에 시트가 하나도 없습니다</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot; (its sheets: %2)</source>
        <translation>통합 문서에 시트 &quot;%1&quot;이(가) 없습니다 (있는 시트: %2)</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is missing from the workbook</source>
        <translation>시트 &quot;%1&quot;이(가) 통합 문서에서 빠져 있습니다</translation>
    </message>
    <message>
        <source>row %1 is outside a worksheet</source>
        <translation>%1행은 워크시트 범위 밖입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell reference</source>
        <translation>&quot;%1&quot;은(는) 셀 참조가 아닙니다</translation>
    </message>
    <message>
        <source>a cell is outside a worksheet</source>
        <translation>셀이 워크시트 범위 밖에 있습니다</translation>
    </message>
    <message>
        <source>the cell refers to a shared string the workbook does not have</source>
        <translation>셀이 통합 문서에 없는 공유 문자열을 가리킵니다</translation>
    </message>
    <message>
        <source>the sheet has more than 20 million cells</source>
        <translation>시트의 셀이 2,000만 개를 넘습니다</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is damaged: %2</source>
        <translation>시트 &quot;%1&quot;이(가) 손상되었습니다: %2</translation>
    </message>
</context>
<context>
    <name>gapscope::AboutDialog</name>
    <message>
        <source>About GapScope</source>
        <translation>GapScope 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GapScope %1&lt;/h3&gt;&lt;p&gt;An explorer of the AI ecosystems of the United States, China and Korea.&lt;/p&gt;&lt;p&gt;Dataset version %2, with %3 observations from %4 sources.&lt;/p&gt;&lt;p&gt;Workspace: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GapScope %1&lt;/h3&gt;&lt;p&gt;미국·중국·한국의 AI 생태계를 탐색하는 도구입니다.&lt;/p&gt;&lt;p&gt;데이터셋 버전 %2, 출처 %4개에서 가져온 관측값 %3개.&lt;/p&gt;&lt;p&gt;작업 공간: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Citation: %1</source>
        <translation>인용: %1</translation>
    </message>
    <message>
        <source>Licence: not stated</source>
        <translation>라이선스: 명시되지 않음</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>gapscope::ActorTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>gapscope::ActorsPanel</name>
    <message>
        <source>Organisations</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI 모델</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>조직 종류</translation>
    </message>
    <message>
        <source>Open and closed weights</source>
        <translation>오픈·비공개 웨이트 모두</translation>
    </message>
    <message>
        <source>Open weights only</source>
        <translation>오픈 웨이트만</translation>
    </message>
    <message>
        <source>Closed weights only</source>
        <translation>비공개 웨이트만</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>웨이트</translation>
    </message>
    <message>
        <source>&amp;Narrow panels to the selection</source>
        <translation>선택 항목으로 패널 좁히기(&amp;N)</translation>
    </message>
    <message>
        <source>Selecting an organisation or model shows, in every panel, what mentions it</source>
        <translation>조직이나 모델을 선택하면 모든 패널에 그것을 언급하는 항목만 표시합니다</translation>
    </message>
    <message>
        <source>Compute clusters</source>
        <translation>컴퓨팅 클러스터</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Status of the cluster</source>
        <translation>클러스터 상태</translation>
    </message>
</context>
<context>
    <name>gapscope::AiModelTableModel</name>
    <message>
        <source>Not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>개발 주체</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>웨이트</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Training compute (FLOP)</source>
        <translation>훈련 연산량(FLOP)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
</context>
<context>
    <name>gapscope::BubbleCanvas</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2년</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Source: %1</source>
        <translation>
            <numerusform>출처: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No region</source>
        <translation>지역 없음</translation>
    </message>
</context>
<context>
    <name>gapscope::BubblePanel</name>
    <message>
        <source>&amp;Across:</source>
        <translation>가로축(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Up:</source>
        <translation>세로축(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>가로축 로그 눈금</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>세로축 로그 눈금</translation>
    </message>
    <message>
        <source>The indicator the bubbles&apos; areas show, or none</source>
        <translation>버블의 면적이 나타내는 지표, 또는 없음</translation>
    </message>
    <message>
        <source>No country has values of %1 in the same year for this filter.</source>
        <translation>이 필터에서 같은 해에 %1 값이 모두 있는 국가가 없습니다.</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n countries without data in %1</source>
        <translation>
            <numerusform>%1년 자료가 없는 국가 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>색(&amp;C):</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Each bubble in its country&apos;s colour, or in its region&apos;s with a legend of the regions</source>
        <translation>각 버블을 국가의 색으로, 또는 지역의 색으로 칠하고 지역 범례를 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>gapscope::ChartPanel</name>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>The indicator to chart</source>
        <translation>차트에 그릴 지표</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>선</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>막대</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>누적</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>비중</translation>
    </message>
    <message>
        <source>The indicator over the years, one line per country</source>
        <translation>연도별 지표, 국가마다 선 하나</translation>
    </message>
    <message>
        <source>Countries side by side, year by year</source>
        <translation>연도마다 국가를 나란히</translation>
    </message>
    <message>
        <source>Country values stacked per year</source>
        <translation>연도마다 국가 값을 쌓아서</translation>
    </message>
    <message>
        <source>Each country&apos;s share of the total per year (100%)</source>
        <translation>연도마다 전체에서 각 국가가 차지하는 비중 (100%)</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>로그 눈금(&amp;L)</translation>
    </message>
    <message>
        <source>trillions</source>
        <comment>axis unit</comment>
        <translation>조</translation>
    </message>
    <message>
        <source>hundred millions</source>
        <comment>axis unit</comment>
        <translation>억</translation>
    </message>
    <message>
        <source>ten thousands</source>
        <comment>axis unit</comment>
        <translation>만</translation>
    </message>
    <message>
        <source>billions</source>
        <comment>axis unit</comment>
        <translation>십억</translation>
    </message>
    <message>
        <source>millions</source>
        <comment>axis unit</comment>
        <translation>백만</translation>
    </message>
    <message>
        <source>Share of the total (%)</source>
        <translation>전체 대비 비중(%)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>%1, %2: %3
Source: %4</source>
        <translation>%1, %2: %3
출처: %4</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>%1 · %2
%3
Source: %4</source>
        <translation>%1 · %2
%3
출처: %4</translation>
    </message>
    <message>
        <source>%1, %2: no value</source>
        <translation>%1, %2: 값 없음</translation>
    </message>
    <message>
        <source>No indicator has observations for this filter.</source>
        <translation>이 필터에 관측값이 있는 지표가 없습니다.</translation>
    </message>
    <message>
        <source>No observations of “%1” to chart.</source>
        <translation>차트에 표시할 “%1” 관측값이 없습니다.</translation>
    </message>
    <message>
        <source>Pick another indicator.</source>
        <translation>다른 지표를 고르세요.</translation>
    </message>
    <message>
        <source>Estimate (hollow circle)</source>
        <translation>추정치 (속이 빈 원)</translation>
    </message>
    <message>
        <source>Projection or target (dashed, triangle)</source>
        <translation>전망치 또는 목표치 (점선, 삼각형)</translation>
    </message>
    <message>
        <source>Estimate, projection or target (pale)</source>
        <translation>추정치, 전망치 또는 목표치 (옅은 막대)</translation>
    </message>
    <message numerus="yes">
        <source>%n other countries (grey)</source>
        <translation>
            <numerusform>그 밖의 국가 %n개 (회색)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::ComparisonPanel</name>
    <message>
        <source>No assessments to compare: the sources of this dataset compare no countries.</source>
        <translation>비교할 평가가 없습니다. 이 데이터 세트의 출처는 국가를 비교하지 않습니다.</translation>
    </message>
    <message>
        <source>No assessments to compare.</source>
        <translation>비교할 평가가 없습니다.</translation>
    </message>
</context>
<context>
    <name>gapscope::ComputeClusterTableModel</name>
    <message>
        <source>Not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>소유 조직</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>First operational</source>
        <translation>최초 가동일</translation>
    </message>
    <message>
        <source>H100 equivalents</source>
        <translation>H100 환산 수</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>전력(MW)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>확실성</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>gapscope::DateRangePopup</name>
    <message>
        <source>&amp;From</source>
        <translation>시작(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>끝(&amp;T)</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>예: 2024, 2024-03, 2024-03-15</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>The first year, month or day shown, such as 2024, 2024-03 or 2024-03-15; empty: from the first</source>
        <translation>표시할 첫 연도, 월 또는 날짜(예: 2024, 2024-03, 2024-03-15). 비우면 처음부터</translation>
    </message>
    <message>
        <source>The last year, month or day shown, such as 2025, 2025-06 or 2025-06-30; empty: to the last</source>
        <translation>표시할 마지막 연도, 월 또는 날짜(예: 2025, 2025-06, 2025-06-30). 비우면 끝까지</translation>
    </message>
    <message>
        <source>&amp;Whole years</source>
        <translation>연 단위로(&amp;W)</translation>
    </message>
    <message>
        <source>Drop the months and days: the range runs over whole years again</source>
        <translation>월과 일을 없애고 범위를 다시 연 단위로 맞춥니다</translation>
    </message>
    <message>
        <source>“%1” is not a date: write a year, a month or a day, such as 2024, 2024-03 or 2024-03-15.</source>
        <translation>“%1”은(는) 날짜가 아닙니다. 2024, 2024-03, 2024-03-15처럼 연도, 월 또는 날짜를 쓰세요.</translation>
    </message>
    <message>
        <source>The first date, %1, is after the last, %2.</source>
        <translation>시작 날짜 %1이(가) 끝 날짜 %2보다 뒤입니다.</translation>
    </message>
</context>
<context>
    <name>gapscope::DeckWriter</name>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>SWOT of %1</source>
        <translation>%1의 SWOT</translation>
    </message>
    <message numerus="yes">
        <source>Source: %1</source>
        <translation>
            <numerusform>출처: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>부제목</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>no views to write</source>
        <translation>쓸 화면이 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Shortened on the slide, in full:</source>
        <translation>슬라이드에서 줄인 내용 전문:</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Sources: see notes</source>
        <translation>출처: 발표자 노트 참조</translation>
    </message>
    <message>
        <source>Rows 1–%1 of %2. Every row: File ▸ Export table as CSV, JSON or Excel…</source>
        <translation>전체 %2행 중 1–%1행. 모든 행: 파일 ▸ 표를 CSV, JSON 또는 엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>관측값</translation>
    </message>
</context>
<context>
    <name>gapscope::DetailsPanel</name>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>절</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>관측값</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI 모델</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI 모델</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>개발 주체</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>웨이트</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) in the workspace.</source>
        <translation>
            <numerusform>작업 공간의 관측값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>notable models</source>
        <translation>주목할 만한 모델</translation>
    </message>
    <message>
        <source>large-scale models (over 10²³ FLOP)</source>
        <translation>대규모 모델(10²³ FLOP 초과)</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s record</source>
        <translation>Epoch AI의 기록</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <source>Training compute (FLOP)</source>
        <translation>훈련 연산량(FLOP)</translation>
    </message>
    <message>
        <source>Training compute cost (2023 USD)</source>
        <translation>훈련 연산 비용(2023년 미국 달러)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>공개 방식</translation>
    </message>
    <message>
        <source>Frontier model</source>
        <translation>프런티어 모델</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>In Epoch&apos;s lists of</source>
        <translation>Epoch 목록</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Compute cluster</source>
        <translation>컴퓨팅 클러스터</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>소유 조직</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>First operational</source>
        <translation>최초 가동일</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>폐기일</translation>
    </message>
    <message>
        <source>H100 equivalents</source>
        <translation>H100 환산 수</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>전력(MW)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>확실성</translation>
    </message>
    <message>
        <source>In Epoch&apos;s standard analysis</source>
        <translation>Epoch 표준 분석 포함</translation>
    </message>
    <message>
        <source>Excluded by Epoch</source>
        <translation>Epoch 제외 대상</translation>
    </message>
    <message>
        <source>Epoch AI anonymises Chinese clusters and rounds their figures to one significant figure: this name and these numbers are approximate.</source>
        <translation>Epoch AI는 중국 클러스터를 익명 처리하고 수치를 유효숫자 한 자리로 반올림합니다. 이 이름과 수치는 근삿값입니다.</translation>
    </message>
    <message>
        <source>Select an observation, organisation, model, compute cluster, event, assessment or SWOT item to see it here in full, with its source.</source>
        <translation>관측값, 조직, 모델, 컴퓨팅 클러스터, 사건, 평가 또는 SWOT 항목을 선택하면 출처와 함께 전체 내용이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an entity and its kind</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>날짜 단위</translation>
    </message>
</context>
<context>
    <name>gapscope::DockLayout</name>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>관측값</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Actors and models</source>
        <translation>행위자와 모델</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Models scatter</source>
        <translation>모델 산점도</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>버블 차트</translation>
    </message>
</context>
<context>
    <name>gapscope::EditController</name>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>%1 developed %2: delete or reassign those models first.</source>
        <translation>%1이(가) %2을(를) 개발했습니다: 먼저 그 모델들을 삭제하거나 개발사를 바꾸세요.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>no narrowing</source>
        <translation>좁히기 해제</translation>
    </message>
    <message>
        <source>no search</source>
        <translation>검색어 해제</translation>
    </message>
    <message>
        <source>The filter now shows the new observation: %1</source>
        <translation>새 관측값이 보이도록 필터를 넓혔습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add observation…</source>
        <translation>관측값 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;other record</source>
        <translation>다른 레코드 추가(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>조직(&amp;O)…</translation>
    </message>
    <message>
        <source>AI &amp;model…</source>
        <translation>AI 모델(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Event…</source>
        <translation>사건(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Assessment…</source>
        <translation>평가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;SWOT item…</source>
        <translation>SWOT 항목(&amp;S)…</translation>
    </message>
    <message>
        <source>So&amp;urce…</source>
        <translation>출처(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>선택 항목 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>선택 항목 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>변경 사항 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save your changes to the workspace before closing?</source>
        <translation>닫기 전에 변경 사항을 작업 공간에 저장할까요?</translation>
    </message>
</context>
<context>
    <name>gapscope::EntityColumnsTable</name>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>담긴 값</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>이 열 건너뛰기</translation>
    </message>
    <message>
        <source>A separate indicator (%1)</source>
        <translation>별도 지표 (%1)</translation>
    </message>
</context>
<context>
    <name>gapscope::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>gapscope::ExportController</name>
    <message>
        <source>Copied to the clipboard as a picture and as SVG</source>
        <translation>그림과 SVG로 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Open view</source>
        <translation>화면 열기</translation>
    </message>
    <message>
        <source>GapScope view (*.gapview)</source>
        <translation>GapScope 화면 (*.gapview)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>화면 저장</translation>
    </message>
    <message>
        <source>view</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Views for the deck, one slide each</source>
        <translation>슬라이드 자료에 넣을 화면 (화면마다 슬라이드 한 장)</translation>
    </message>
    <message>
        <source>Export deck</source>
        <translation>슬라이드 자료 내보내기</translation>
    </message>
    <message>
        <source>gapscope-deck</source>
        <translation>gapscope-슬라이드</translation>
    </message>
    <message>
        <source>PowerPoint deck (*.pptx)</source>
        <translation>파워포인트 슬라이드 (*.pptx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 파일을 썼습니다</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with byte order mark (*.csv)</source>
        <translation>엑셀용 CSV, BOM 포함 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>관측값</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart as picture</source>
        <translation>차트를 그림으로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;deck from views…</source>
        <translation>저장한 화면으로 슬라이드 자료 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open view…</source>
        <translation>화면 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>화면 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Copy as picture</source>
        <translation>그림으로 복사</translation>
    </message>
    <message>
        <source>%1: use a .csv, .json or .xlsx file</source>
        <translation>%1: .csv, .json 또는 .xlsx 파일을 쓰세요</translation>
    </message>
    <message>
        <source>Excel workbook: observations, comparison, SWOT, gap and sources (*.xlsx)</source>
        <translation>Excel 통합 문서: 관측값, 비교, SWOT, 격차, 출처 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export &amp;table as CSV, JSON or Excel…</source>
        <translation>표를 CSV, JSON 또는 엑셀로 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Copied to the clipboard as a picture, as SVG and every row as text</source>
        <translation>그림과 SVG, 모든 행의 텍스트로 클립보드에 복사했습니다</translation>
    </message>
</context>
<context>
    <name>gapscope::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시할 내용(&amp;S):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>크기(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation>픽셀(&amp;P):</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>배율(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>해상도(dpi)(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Observations table</source>
        <translation>관측값 표</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>16:9 슬라이드 (1920 × 1080)</translation>
    </message>
    <message>
        <source>4:3 slide (1600 × 1200)</source>
        <translation>4:3 슬라이드 (1600 × 1200)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>정사각형 (1080 × 1080)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝은 테마</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <source>Slide (high contrast, large type)</source>
        <translation>슬라이드용 (고대비, 큰 글자)</translation>
    </message>
    <message>
        <source>The indicator&apos;s or panel&apos;s name</source>
        <translation>지표 또는 패널 이름</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>너비(픽셀)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>높이(픽셀)</translation>
    </message>
    <message>
        <source>Preview of the exported picture</source>
        <translation>내보낼 그림 미리 보기</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the picture and its SVG to the clipboard</source>
        <translation>그림과 SVG를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>화면 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Save these settings and the filter as a .gapview file</source>
        <translation>이 설정과 필터를 .gapview 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>%1 × %2 pixels written (%3 × %4 at %5×)</source>
        <translation>%1 × %2 픽셀로 저장 (%3 × %4, %5배)</translation>
    </message>
    <message>
        <source>gapscope-chart</source>
        <translation>gapscope-차트</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;PowerPoint deck (*.pptx)</source>
        <translation>PNG 그림 (*.png);;SVG 도면 (*.svg);;PDF 문서 (*.pdf);;파워포인트 슬라이드 (*.pptx)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>화면 저장</translation>
    </message>
    <message>
        <source>view</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>GapScope view (*.gapview)</source>
        <translation>GapScope 화면 (*.gapview)</translation>
    </message>
    <message numerus="yes">
        <source>Too long for one slide in readable type: %n pages in a PDF, or numbered PNG or SVG files; the first is shown.</source>
        <translation>
            <numerusform>한 장에 읽을 만한 글자 크기로 들어가지 않습니다: PDF는 %n쪽, PNG와 SVG는 번호를 붙인 파일 %n개가 되며, 첫 장을 보여 줍니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>gapscope-table</source>
        <translation>gapscope-관측값</translation>
    </message>
    <message>
        <source>gapscope-comparison</source>
        <translation>gapscope-비교</translation>
    </message>
    <message>
        <source>gapscope-swot</source>
        <translation>gapscope-SWOT</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>gapscope-gap</source>
        <translation>gapscope-격차</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>gapscope-map</source>
        <translation>gapscope-지도</translation>
    </message>
    <message>
        <source>Models scatter</source>
        <translation>모델 산점도</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>버블 차트</translation>
    </message>
    <message>
        <source>gapscope-scatter</source>
        <translation>gapscope-산점도</translation>
    </message>
    <message>
        <source>gapscope-bubbles</source>
        <translation>gapscope-버블</translation>
    </message>
    <message>
        <source>C&amp;hart in a deck:</source>
        <translation>슬라이드의 차트(&amp;H):</translation>
    </message>
    <message>
        <source>Native chart (editable)</source>
        <translation>네이티브 차트(편집 가능)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>How a chart or models scatter goes into a PowerPoint deck: a native chart you can restyle and whose data you can edit in PowerPoint or LibreOffice, or a picture. Maps, bubble charts, the gap&apos;s chart and a models scatter of more than eight countries are pictures either way.</source>
        <translation>파워포인트 슬라이드에 차트나 모델 산점도를 넣는 방식: 파워포인트나 리브레오피스에서 모양을 바꾸고 데이터를 편집할 수 있는 네이티브 차트, 또는 그림. 지도, 버블 차트, 격차 차트, 그리고 국가가 여덟 개보다 많은 모델 산점도는 어느 쪽이든 그림으로 들어갑니다.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n files: %1</source>
        <translation>
            <numerusform>파일 %n개를 썼습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 파일을 썼습니다</translation>
    </message>
</context>
<context>
    <name>gapscope::ExportWriter</name>
    <message>
        <source>%1: unknown format; use .png, .svg, .pdf or .pptx</source>
        <translation>%1: 알 수 없는 형식입니다. .png, .svg, .pdf 또는 .pptx를 쓰세요</translation>
    </message>
    <message>
        <source>%1: a deck is written by the deck export</source>
        <translation>%1: 슬라이드 자료는 슬라이드 내보내기로 씁니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>cannot encode %1: %2</source>
        <translation>%1을(를) 인코딩할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>gapscope::FilterBar</name>
    <message>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>Countries (%1)</source>
        <translation>국가 (%1)</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>모든 차원</translation>
    </message>
    <message>
        <source>Dimensions (%1)</source>
        <translation>차원 (%1)</translation>
    </message>
    <message>
        <source>Choose the countries to compare</source>
        <translation>비교할 국가를 고르세요</translation>
    </message>
    <message>
        <source>Choose the dimensions of comparison</source>
        <translation>비교할 차원을 고르세요</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>국가 검색</translation>
    </message>
    <message>
        <source>Search dimensions</source>
        <translation>차원 검색</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>끝 연도</translation>
    </message>
    <message>
        <source>Play: step through the years</source>
        <translation>재생: 연도를 차례로 넘깁니다</translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation>연도 차례로 재생</translation>
    </message>
    <message>
        <source>Search names and texts (English or Korean)</source>
        <translation>이름과 내용 검색 (영어 또는 한국어)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>이 필터 지우기</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>필터 %1 지우기</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Back to the default view: the United States, China and South Korea, every dimension and year</source>
        <translation>기본 화면으로 돌아갑니다: 미국, 중국, 대한민국, 모든 차원과 연도</translation>
    </message>
    <message>
        <source>Narrowed to %1</source>
        <translation>%1(으)로 좁힘</translation>
    </message>
    <message>
        <source>%1 (region)</source>
        <translation>%1(지역)</translation>
    </message>
    <message>
        <source>Figures of every entity</source>
        <translation>모든 개체의 수치</translation>
    </message>
    <message>
        <source>Figures of countries and regions</source>
        <translation>국가와 지역의 수치</translation>
    </message>
    <message>
        <source>Figures of: %1</source>
        <translation>수치 대상: %1</translation>
    </message>
    <message>
        <source>Choose whose figures are shown: countries, regions, organisations, AI models or compute clusters</source>
        <translation>어떤 개체의 수치를 표시할지 선택: 국가, 지역, 기관, AI 모델 또는 컴퓨팅 클러스터</translation>
    </message>
    <message>
        <source>Kinds of entity</source>
        <translation>개체 종류</translation>
    </message>
    <message>
        <source>Search kinds</source>
        <translation>종류 검색</translation>
    </message>
    <message>
        <source>Every kind of entity</source>
        <translation>모든 종류의 개체</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Narrow the range to months or days, where the data has them</source>
        <translation>데이터에 월이나 일이 있으면 범위를 월·일 단위로 좁힙니다</translation>
    </message>
    <message>
        <source>Dates to the month or the day</source>
        <translation>월·일 단위 날짜</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an entity and its kind</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>gapscope::GapPanel</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>지표(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>선도국(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>추종국(&amp;F):</translation>
    </message>
    <message>
        <source>The indicator to measure the gap on</source>
        <translation>격차를 잴 지표</translation>
    </message>
    <message>
        <source>The country the others are measured against</source>
        <translation>다른 나라들을 견줄 기준 국가</translation>
    </message>
    <message>
        <source>The countries whose gap behind the leader is measured</source>
        <translation>선도국과의 격차를 잴 나라들</translation>
    </message>
    <message>
        <source>How the series are read: the largest value to date (for frontier indicators such as the largest training compute so far), or the values as observed</source>
        <translation>계열을 읽는 방법: 그 시점까지의 가장 큰 값(지금까지의 최대 학습 연산량 같은 최전선 지표에 알맞음) 또는 관측값 그대로</translation>
    </message>
    <message>
        <source>Running maximum</source>
        <translation>누적 최댓값</translation>
    </message>
    <message>
        <source>Values as observed</source>
        <translation>관측값 그대로</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Export gap table as CSV or JSON…</source>
        <translation>격차 표를 CSV 또는 JSON으로 내보내기…</translation>
    </message>
    <message>
        <source>Export gap table</source>
        <translation>격차 표 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No indicator has a series of at least two dates in the filter.</source>
        <translation>필터 안에 두 날짜 이상의 계열이 있는 지표가 없습니다.</translation>
    </message>
    <message>
        <source>Pick one or more followers other than the leader.</source>
        <translation>선도국이 아닌 추종국을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>None of the followers has a value of this indicator in the filter&apos;s years.</source>
        <translation>필터의 연도 안에 이 지표 값이 있는 추종국이 없습니다.</translation>
    </message>
    <message>
        <source>Method: %1, the default for this indicator.</source>
        <translation>방법: %1 (이 지표의 기본값)</translation>
    </message>
    <message>
        <source>Method: %1, as chosen.</source>
        <translation>방법: %1 (직접 선택)</translation>
    </message>
    <message>
        <source>Published estimates of the gap (marked ■ in the chart):</source>
        <translation>발표된 격차 추정치(차트에 ■로 표시):</translation>
    </message>
</context>
<context>
    <name>gapscope::GapTableModel</name>
    <message>
        <source>Follower</source>
        <translation>추종국</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>선도국</translation>
    </message>
    <message>
        <source>Leader (%1)</source>
        <translation>선도국(%1)</translation>
    </message>
    <message>
        <source>Follower&apos;s value</source>
        <translation>추종국 값</translation>
    </message>
    <message>
        <source>Share of leader</source>
        <translation>선도국 대비 비율</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Time gap</source>
        <translation>시간 격차</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>gapscope::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>형식(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>지표(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>for new indicators: USD, KRW, CNY, count, percent, …</source>
        <translation>새 지표용: USD, KRW, CNY, count, percent 등</translation>
    </message>
    <message>
        <source>for rows without a source: a title, a URL or a source id (required)</source>
        <translation>출처가 없는 행용: 제목, URL 또는 출처 ID (필수)</translation>
    </message>
    <message>
        <source>Skip rows of countries GapScope does not know</source>
        <translation>GapScope가 모르는 국가의 행은 건너뛰기</translation>
    </message>
    <message>
        <source>Guess from the file</source>
        <translation>파일을 보고 판단</translation>
    </message>
    <message>
        <source>Tidy: one value per row</source>
        <translation>tidy: 한 행에 값 하나</translation>
    </message>
    <message>
        <source>Our World in Data (Entity, Code, Year)</source>
        <translation>Our World in Data (Entity, Code, Year)</translation>
    </message>
    <message>
        <source>Wide: one column per year</source>
        <translation>wide: 연도마다 열 하나</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing will be written: %1</source>
        <translation>아무것도 쓰지 않습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) to add</source>
        <translation>
            <numerusform>추가할 관측값 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new indicator(s)</source>
        <translation>
            <numerusform>새 지표 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: %1</source>
        <translation>
            <numerusform>건너뛴 행 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>&amp;Map countries:</source>
        <translation>국가 대응(&amp;M):</translation>
    </message>
    <message>
        <source>names GapScope does not know, as NAME=CODE; NAME=CODE (e.g. Korea, Rep.=KOR)</source>
        <translation>GapScope가 모르는 이름을 NAME=CODE; NAME=CODE 형식으로 (예: Korea, Rep.=KOR)</translation>
    </message>
    <message>
        <source>Columns (found by their names unless you choose):</source>
        <translation>열 (따로 고르지 않으면 이름으로 찾습니다):</translation>
    </message>
    <message>
        <source>(by name)</source>
        <translation>(이름으로)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Add values to existing indicators that this file names otherwise</source>
        <translation>이 파일에서 다른 이름으로 부르는 기존 지표에도 값 추가</translation>
    </message>
    <message>
        <source>Adds to existing indicator %1 (%2)</source>
        <translation>기존 지표 %1 (%2)에 추가</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (새 지표)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>구분자(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>시트(&amp;H):</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>파일에서 알아내기</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>쉼표 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>세미콜론 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>for files that do not name it (Our World in Data, wide); for one column per entity, an indicator id or the name of a new one</source>
        <translation>지표를 밝히지 않은 파일용 (Our World in Data, wide). 개체마다 열이 하나인 파일에서는 지표 ID 또는 새 지표의 이름</translation>
    </message>
    <message>
        <source>What each &amp;column holds (one column per entity):</source>
        <translation>각 열에 담긴 값(&amp;C) (개체마다 열 하나):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>One column per entity (a date, then a column per country, region or model)</source>
        <translation>개체마다 열 하나 (날짜, 그다음 국가·지역·모델마다 열 하나)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Timeline: one event per row (date, country, title, kind, description)</source>
        <translation>연표: 행마다 사건 하나(날짜, 국가, 제목, 종류, 설명)</translation>
    </message>
    <message>
        <source>Other &amp;entities are:</source>
        <translation>기타 개체의 종류(&amp;E):</translation>
    </message>
    <message>
        <source>the kind of rows that are no country, region or record (e.g. Research domain)</source>
        <translation>국가, 지역, 레코드가 아닌 행의 종류 (예: 연구 분야)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an entity and its kind</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Records: one row per AI model, organisation or cluster</source>
        <translation>레코드: AI 모델·기관·클러스터마다 행 하나</translation>
    </message>
    <message>
        <source>New indicator %1 (%2), dated to the %3</source>
        <translation>새 지표 %1 (%2), %3 단위 날짜</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more kept value(s): the dry run lists them all</source>
        <translation>
            <numerusform>… 유지한 값 %n개 더: 시험 실행이 모두 나열합니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Show names in &amp;both languages</source>
        <translation>이름을 두 언어로 함께 표시(&amp;B)</translation>
    </message>
    <message>
        <source>Names of organisations and AI models in the interface language and the other one</source>
        <translation>조직과 AI 모델의 이름을 화면 언어와 다른 언어로 함께 표시합니다</translation>
    </message>
</context>
<context>
    <name>gapscope::MainWindow</name>
    <message>
        <source>GapScope</source>
        <translation>GapScope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GapScope</source>
        <translation>GapScope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>필터 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>배치 초기화(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) shown</source>
        <translation>
            <numerusform>관측값 %n개 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>dataset %1 · workspace %2</source>
        <translation>데이터셋 %1 · 작업 공간 %2</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s observations…</source>
        <translation>작업 공간의 관측값을 읽는 중…</translation>
    </message>
    <message>
        <source>You cannot write to this workspace, so it opened read-only: everything is shown, nothing can be changed. File ▸ Save workspace as… makes a copy you can change.</source>
        <translation>이 작업 공간에 쓸 권한이 없어 읽기 전용으로 열었습니다. 모든 내용이 표시되지만 바꿀 수는 없습니다. 파일 ▸ 다른 이름으로 작업 공간 저장…으로 바꿀 수 있는 사본을 만드세요.</translation>
    </message>
    <message>
        <source>GapScope (read-only)</source>
        <translation>GapScope (읽기 전용)</translation>
    </message>
</context>
<context>
    <name>gapscope::MapCanvas</name>
    <message>
        <source>%1 (classes by powers of ten)</source>
        <translation>%1 (10의 거듭제곱 단위 구간)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Not in the filter</source>
        <translation>필터 밖</translation>
    </message>
    <message>
        <source>%1: not a country of the data</source>
        <translation>%1: 자료의 국가가 아님</translation>
    </message>
    <message>
        <source>%1: not in the filter</source>
        <translation>%1: 필터 밖</translation>
    </message>
    <message>
        <source>%1: no data for %2</source>
        <translation>%1: %2년 자료 없음</translation>
    </message>
    <message>
        <source>%1, %2: %3
Source: %4</source>
        <translation>%1, %2: %3
출처: %4</translation>
    </message>
</context>
<context>
    <name>gapscope::MapPanel</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>지표(&amp;I):</translation>
    </message>
    <message>
        <source>The indicator the map colours the countries by</source>
        <translation>지도가 국가를 색으로 나타내는 지표</translation>
    </message>
    <message>
        <source>No indicator has observations for this filter.</source>
        <translation>이 필터에 관측값이 있는 지표가 없습니다.</translation>
    </message>
    <message>
        <source>No country has a value of “%1” for this filter: the map shows countries, not regions or the world.</source>
        <translation>이 필터에서 “%1” 값이 있는 국가가 없습니다. 지도는 지역이나 세계가 아닌 국가만 보여 줍니다.</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>세계 전체</translation>
    </message>
    <message>
        <source>Show the whole world again (0); zoom with the wheel, + and - or a double-click, drag to move the map</source>
        <translation>세계 전체를 다시 보여 줍니다(0). 휠, + 와 - 또는 두 번 클릭으로 확대·축소하고, 끌어서 지도를 옮깁니다</translation>
    </message>
</context>
<context>
    <name>gapscope::ObservationDialog</name>
    <message>
        <source>Edit observation</source>
        <translation>관측값 편집</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>관측값 추가</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>모름</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation>(출처 선택)</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>지표(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>월(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>Note (&amp;English):</source>
        <translation>메모 (영어)(&amp;E):</translation>
    </message>
    <message>
        <source>Note (&amp;Korean):</source>
        <translation>메모 (한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Choose an indicator.</source>
        <translation>지표를 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the value.</source>
        <translation>값을 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a number: write it with a dot for decimals and no thousands separators.</source>
        <translation>“%1”은(는) 숫자가 아닙니다: 소수점은 점(.)으로 쓰고 천 단위 구분 기호는 쓰지 마세요.</translation>
    </message>
    <message>
        <source>%1 already has a value of this indicator for this date (%2).</source>
        <translation>%1에는 이 날짜의 이 지표 값이 이미 있습니다 (%2).</translation>
    </message>
    <message>
        <source>Every value needs a source: choose one.</source>
        <translation>모든 값에는 출처가 필요합니다: 출처를 선택하세요.</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>이름으로 검색</translation>
    </message>
    <message>
        <source>Entity &amp;type:</source>
        <translation>개체 종류(&amp;T):</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>검색(&amp;H):</translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation>개체(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>일(&amp;D):</translation>
    </message>
    <message>
        <source>Choose the entity the value is of.</source>
        <translation>값이 속한 개체를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 has no day %2: give the month and a day it has.</source>
        <translation>%1에는 %2일이 없습니다: 월과 그 달에 있는 날을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>gapscope::ObservationTableModel</name>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an entity and its kind</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>gapscope::RecordColumnsPanel</name>
    <message>
        <source>Records are:</source>
        <translation>레코드 종류:</translation>
    </message>
    <message>
        <source>Name column:</source>
        <translation>이름 열:</translation>
    </message>
    <message>
        <source>Date column:</source>
        <translation>날짜 열:</translation>
    </message>
    <message>
        <source>Country column:</source>
        <translation>국가 열:</translation>
    </message>
    <message>
        <source>Organisation column:</source>
        <translation>기관 열:</translation>
    </message>
    <message>
        <source>Numeric columns: tick each fact to import, with its unit (the others are kept as attributes):</source>
        <translation>수치 열: 가져올 사실 값을 체크하고 단위를 적으세요 (나머지는 속성으로 보관합니다):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>gapscope::RecordDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>예: 2024, 2024-03, 2024-03-15</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation>(출처 선택)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>gapscope::RecordTablePanel</name>
    <message>
        <source>None in this dataset yet.</source>
        <translation>이 데이터 세트에는 아직 없습니다.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>필터에 맞는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>gapscope::ScatterCanvas</name>
    <message>
        <source>Training compute (FLOP)</source>
        <translation>훈련 연산량(FLOP)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <source>Training cost (2023 US dollars)</source>
        <translation>훈련 비용(2023년 미국 달러)</translation>
    </message>
    <message>
        <source>US$%1 (2023 dollars)</source>
        <translation>%1 달러(2023년 기준)</translation>
    </message>
    <message>
        <source>%1, logarithmic scale</source>
        <translation>%1, 로그 눈금</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>국가 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n other countries</source>
        <translation>
            <numerusform>그 밖의 국가 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>오픈 웨이트</translation>
    </message>
    <message>
        <source>Closed weights</source>
        <translation>비공개 웨이트</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>%1 (%2), %3
%4: %5
Source: %6</source>
        <translation>%1(%2), %3
%4: %5
출처: %6</translation>
    </message>
</context>
<context>
    <name>gapscope::ScatterPanel</name>
    <message>
        <source>Every domain</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>수치(&amp;F):</translation>
    </message>
    <message>
        <source>Which of Epoch AI&apos;s figures the vertical axis shows</source>
        <translation>세로축이 보여 주는 Epoch AI의 수치</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>분야(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notable</source>
        <translation>주요 모델(&amp;N)</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s notable models</source>
        <translation>Epoch AI의 주요(notable) 모델</translation>
    </message>
    <message>
        <source>&amp;Large-scale</source>
        <translation>대규모 모델(&amp;L)</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s large-scale models, trained with over 10²³ FLOP</source>
        <translation>Epoch AI의 대규모 모델(10²³ FLOP 넘게 훈련)</translation>
    </message>
    <message>
        <source>Lo&amp;g scale</source>
        <translation>로그 눈금(&amp;G)</translation>
    </message>
    <message>
        <source>F&amp;rontier</source>
        <translation>최전선(&amp;R)</translation>
    </message>
    <message>
        <source>Each country&apos;s largest value to date, as steps (the Gap panel&apos;s running maximum)</source>
        <translation>국가별 그 시점까지의 최댓값을 계단으로(격차 패널의 누적 최댓값)</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>모델 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n without “%2” not shown</source>
        <translation>
            <numerusform>%1 · “%2”이(가) 없는 %n개는 표시 안 함</numerusform>
        </translation>
    </message>
    <message>
        <source>No model of Epoch AI&apos;s records has “%1” for this filter, domain and lists.</source>
        <translation>이 필터, 분야, 목록에서 “%1” 값이 있는 Epoch AI 모델이 없습니다.</translation>
    </message>
</context>
<context>
    <name>gapscope::SlideRenderer</name>
    <message>
        <source>Observations</source>
        <translation>관측값</translation>
    </message>
    <message>
        <source>Countries compared by dimension</source>
        <translation>차원별 국가 비교</translation>
    </message>
    <message>
        <source>SWOT: %1</source>
        <translation>SWOT: %1</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2년</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1년부터</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1년까지</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>전체 연도</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>“%1” 포함</translation>
    </message>
    <message>
        <source>GapScope %1 · dataset %2</source>
        <translation>GapScope %1 · 데이터셋 %2</translation>
    </message>
    <message>
        <source>Source: none for this selection</source>
        <translation>출처: 이 선택에는 없음</translation>
    </message>
    <message numerus="yes">
        <source>Source: %1</source>
        <translation>
            <numerusform>출처: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2쪽</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Gap behind %1: %2</source>
        <translation>%1 대비 격차: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>indicator, year</comment>
        <translation>%1, %2년</translation>
    </message>
    <message>
        <source>Country shapes: Natural Earth, 1:110m (public domain), as packaged by world-atlas (ISC licence)</source>
        <translation>국가 경계: Natural Earth, 1:1억 1천만(퍼블릭 도메인), world-atlas 패키지(ISC 라이선스)</translation>
    </message>
    <message>
        <source>How it is computed: %1</source>
        <translation>계산 방법: %1</translation>
    </message>
    <message>
        <source>AI models: %1</source>
        <translation>AI 모델: %1</translation>
    </message>
    <message>
        <source>%1 and %2, %3</source>
        <comment>indicator up, indicator across, year</comment>
        <translation>%1과(와) %2, %3년</translation>
    </message>
    <message>
        <source>Rows 1–%1 of %2</source>
        <translation>전체 %2행 중 1–%1행</translation>
    </message>
</context>
<context>
    <name>gapscope::SwotModel</name>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>gapscope::SwotPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>No SWOT analysis for the filtered countries. The sources give one for Korea, and strengths and constraints for the United States and China.</source>
        <translation>선택한 국가의 SWOT 분석이 없습니다. 출처는 한국의 SWOT과 미국·중국의 강점과 제약을 다룹니다.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>국가(&amp;C):</translation>
    </message>
    <message>
        <source>Side &amp;by side with:</source>
        <translation>나란히 비교(&amp;B):</translation>
    </message>
    <message>
        <source>Country of the SWOT analysis</source>
        <translation>SWOT 분석 대상 국가</translation>
    </message>
    <message>
        <source>Country shown side by side</source>
        <translation>나란히 표시할 국가</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>No SWOT items of %1 for this filter.</source>
        <translation>이 필터에는 %1의 SWOT 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>gapscope::TimelineView</name>
    <message>
        <source>%1 · %2 · %3
%4
Source: %5</source>
        <translation>%1 · %2 · %3
%4
출처: %5</translation>
    </message>
    <message>
        <source>No events in this dataset.</source>
        <translation>이 데이터 세트에는 사건이 없습니다.</translation>
    </message>
    <message>
        <source>No events to show.</source>
        <translation>표시할 사건이 없습니다.</translation>
    </message>
</context>
<context>
    <name>gapscope::Workspace</name>
    <message>
        <source>%1 is read-only: nothing can be changed in it.</source>
        <translation>%1은(는) 읽기 전용입니다. 아무것도 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>%1 has changes not saved: save or undo them, then import %2 again.</source>
        <translation>%1에 저장하지 않은 변경이 있습니다: 저장하거나 실행 취소한 뒤 %2을(를) 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Fill fields from %1</source>
        <translation>%1에서 필드 채우기</translation>
    </message>
    <message>
        <source>Fill fields of %1</source>
        <translation>%1의 필드 채우기</translation>
    </message>
</context>
<context>
    <name>gapscope::WorkspaceController</name>
    <message>
        <source>New workspace</source>
        <translation>새 작업 공간</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>작업공간</translation>
    </message>
    <message>
        <source>GapScope workspace (*.gapscope)</source>
        <translation>GapScope 작업 공간 (*.gapscope)</translation>
    </message>
    <message>
        <source>%1 already exists: open it, or choose a new name.</source>
        <translation>%1이(가) 이미 있습니다: 그 파일을 열거나 새 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>작업 공간 열기</translation>
    </message>
    <message>
        <source>GapScope workspace (*.gapscope);;All files (*)</source>
        <translation>GapScope 작업 공간 (*.gapscope);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>다른 이름으로 작업 공간 저장</translation>
    </message>
    <message>
        <source>Reading observations… %1%</source>
        <translation>관측값 읽는 중… %1%</translation>
    </message>
    <message>
        <source>Reading observations…</source>
        <translation>관측값 읽는 중…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n observation(s) from %1</source>
        <translation>
            <numerusform>%1에서 관측값 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is this workspace already.</source>
        <translation>%1은(는) 지금 열려 있는 작업 공간입니다.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>%1(으)로 사본을 저장했습니다</translation>
    </message>
    <message>
        <source>The observations of this workspace could not be read. The other records are shown; importing, editing and exporting stay off.

%1</source>
        <translation>이 작업 공간의 관측값을 읽을 수 없습니다. 다른 레코드는 표시되며, 가져오기·편집·내보내기는 꺼진 상태로 유지됩니다.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n observation(s)</source>
        <translation>
            <numerusform>관측값 %n개를 읽었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>새 작업 공간(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;workspace…</source>
        <translation>작업 공간 열기(&amp;W)…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>다른 이름으로 작업 공간 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.json *.zip);;CSV (*.csv);;Tab-separated text (*.tsv *.txt);;Excel workbook (*.xlsx);;JSON (*.json);;Our World in Data download (*.zip)</source>
        <translation>데이터 파일 (*.csv *.tsv *.txt *.xlsx *.json *.zip);;CSV (*.csv);;탭 구분 텍스트 (*.tsv *.txt);;Excel 통합 문서 (*.xlsx);;JSON (*.json);;Our World in Data 내려받기 (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s) from %1</source>
        <translation>
            <numerusform>%1에서 사건 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3</source>
        <translation>%3에서 %1와 %2를 가져왔습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>레코드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>관측값 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n field(s) filled on matched records</source>
        <translation>
            <numerusform>; 일치한 레코드에 채운 필드 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gapscope::YearPlayer</name>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지(Space)</translation>
    </message>
    <message>
        <source>Play through the years (Space)</source>
        <translation>연도별로 재생(Space)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>The year shown</source>
        <translation>보여 주는 연도</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GapScope %1
Dataset %2
</source>
        <translation>GapScope %1
데이터셋 %2
</translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation>작업 공간 파일 PATH를 엽니다.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Language of the interface: en or ko.</source>
        <translation>인터페이스 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use en or ko</source>
        <translation>알 수 없는 언어 &quot;%1&quot;: en 또는 ko를 사용하세요</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use list or query</source>
        <translation>알 수 없는 명령 &quot;%1&quot;: list 또는 query를 사용하세요</translation>
    </message>
    <message>
        <source>GapScope</source>
        <translation>GapScope</translation>
    </message>
    <message>
        <source>The workspace cannot be opened.

%1</source>
        <translation>작업 공간을 열 수 없습니다.

%1</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>주 창의 그림을 FILE에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The workspace was not updated to the bundled dataset and opened as it was.

%1</source>
        <translation>작업 공간을 내장 데이터셋으로 갱신하지 못해 기존 상태로 열었습니다.

%1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>PANELS</source>
        <translation>패널</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;</source>
        <translation>알 수 없는 패널 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>gapscope: unknown language &quot;%1&quot;: use en or ko
</source>
        <translation>gapscope: 알 수 없는 언어 &quot;%1&quot;: en 또는 ko를 쓰세요
</translation>
    </message>
    <message>
        <source>Bring these panels to the front, separated by commas: chart, table, comparison, swot, timeline, actors, details, gap, clusters, map, scatter, bubble.</source>
        <translation>이 패널들을 앞으로 가져옵니다(쉼표로 구분): chart, table, comparison, swot, timeline, actors, details, gap, clusters, map, scatter, bubble.</translation>
    </message>
    <message>
        <source>Explore the AI ecosystems of the United States, China and Korea.

Commands (first argument):
  list KIND   list countries, regions, entities, dimensions, indicators, actors, models, clusters, events, swot, assessments or sources
  query       print observations with unit, kind and source
  gap         how far followers are behind a leader on one indicator, in size and in time
  export      write a chart, table, comparison or SWOT to PNG, SVG, PDF or PowerPoint
  import FILE add observations from a CSV or JSON file, or a timeline&apos;s events, all or nothing
Run gapscope COMMAND --help for the options of each.</source>
        <translation>미국·중국·한국의 AI 생태계를 탐색합니다.

명령(첫 번째 인수):
  list KIND   countries, regions, entities, dimensions, indicators, actors, models, clusters, events, swot, assessments 또는 sources 목록 출력
  query       관측값을 단위·종류·출처와 함께 출력
  gap         한 지표에서 추종국이 선도국에 얼마나 뒤처졌는지 규모와 시간으로 출력
  export      차트, 표, 비교표 또는 SWOT을 PNG, SVG, PDF 또는 파워포인트로 저장
  import FILE CSV 또는 JSON 파일의 관측값이나 연표의 사건을 추가 (모두 또는 하나도 추가하지 않음)
각 명령의 옵션은 gapscope COMMAND --help로 확인하세요.</translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is first painted and until every observation is shown, and the peak memory in KiB, then quit.</source>
        <translation>창이 처음 그려질 때까지와 모든 관측값이 표시될 때까지의 밀리초, 그리고 최대 메모리 사용량(KiB)을 출력한 뒤 종료합니다.</translation>
    </message>
</context>
</TS>
