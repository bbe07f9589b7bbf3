#include "WorkspaceLoader.h"

#include "Store.h"

#include <QThread>

namespace gapscope {

WorkspaceLoader::WorkspaceLoader(QObject *parent) : QObject(parent) {}

WorkspaceLoader::~WorkspaceLoader()
{
    cancel();
    if (m_thread)
        m_thread->wait();
    delete m_thread;
}

void WorkspaceLoader::start(const QString &path, const Dataset &base)
{
    Q_ASSERT(!isRunning());
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_ok = false;
    m_error.clear();
    m_dataset = base;
    m_index = {};
    m_thread = QThread::create([this, path] {
        Store store; // its own connection, used only in this thread
        if (!store.open(path)) {
            m_error = store.errorString();
            return;
        }
        const bool read = store.loadObservations(m_dataset, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        if (!read) {
            m_error = store.errorString();
            return;
        }
        m_dataset.reindex();
        m_index.build(m_dataset);
        m_ok = !m_cancel.load();
    });
    m_thread->setObjectName(QStringLiteral("WorkspaceLoader"));
    // Emitted in this object's thread once the reading thread has ended: its results are complete.
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_cancel.load())
            emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

bool WorkspaceLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkspaceLoader::cancel()
{
    m_cancel = true;
}

} // namespace gapscope
