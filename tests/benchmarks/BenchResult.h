#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <functional>
#include <vector>

namespace gapscope::bench {

// Each case runs this many times; its median counts.
constexpr int repetitions = 5;

// One case of the benchmark: ours against its baseline, in milliseconds, and the goal.
struct Result
{
    Result(const QString &n, const QString &b) : name(n), baseline(b) { }
    QString name;
    QString baseline;
    double ours = 0;
    double base = 0;
    QString goal;
    bool met = false;
};

// The median of `repetitions` runs of `run`, in milliseconds.
inline double medianMs(const std::function<void()> &run)
{
    std::vector<double> times;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace gapscope::bench
