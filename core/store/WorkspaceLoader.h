#pragma once

#include "domain/Dataset.h"
#include "query/ObservationIndex.h"

#include <QObject>
#include <atomic>

class QThread;

namespace gapscope {

// Reads the observations of a workspace in a thread of its own, so that a window with a million
// of them paints at once and stays responsive while they arrive: adds them to a copy of the
// records already shown and builds their index there too, leaving the GUI thread only a swap.
class WorkspaceLoader : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceLoader(QObject *parent = nullptr);
    // Stops the reading and waits for the thread.
    ~WorkspaceLoader() override;

    // Starts reading the workspace at `path` (a file or a server address); `base` holds its
    // other records, from Store::loadWithoutObservations().
    void start(const QString &path, const Dataset &base);
    bool isRunning() const;
    void cancel();

    // After finished(): whether the observations were read, and then the dataset and its index.
    bool succeeded() const { return m_ok; }
    QString errorString() const { return m_error; }
    Dataset takeDataset() { return std::move(m_dataset); }
    ObservationIndex takeIndex() { return std::move(m_index); }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    Dataset m_dataset;
    ObservationIndex m_index;
    QString m_error;
    bool m_ok = false;
};

} // namespace gapscope
