#pragma once

#include <optional>

namespace gapscope {

// Both gaps of one follower at one of its dates.
struct GapPoint
{
    // What the time gap is:
    // - Behind: the leader first reached the follower's level `timeGap` before this date;
    // - AtLeast: the leader was already above it at its first observation, `timeGap` before;
    // - Ahead: the follower is at or above the leader's value at this date;
    // - NotComparable: the leader never reached this level in the data up to this date (or has
    //   no data before it);
    // - Falling: the leader reached the level, then fell below it again before this date
    //   (values only), so "how long before" has no single answer;
    // - NoEarlierData: the leader is above the level at this date, which is its first
    //   observation: nothing says when it got there.
    enum class Status { Behind, AtLeast, Ahead, NotComparable, Falling, NoEarlierData };

    int year = 0;
    int month = 0; // 1-12; 0 for a yearly observation
    double followerValue = 0.0; // after the method (the running maximum, or the value itself)
    std::optional<double> leaderValue; // the leader's at this date, interpolated; none outside its dates
    std::optional<double> share; // followerValue / leaderValue
    std::optional<double> difference; // followerValue - leaderValue, in the indicator's unit
    Status status = Status::NotComparable;
    double timeGap = 0.0; // in months or years (GapResult::precision), for Behind and AtLeast
    int record = -1; // the follower's observation in the dataset, -1 when not from a dataset

    bool hasTimeGap() const { return status == Status::Behind || status == Status::AtLeast; }
};

} // namespace gapscope
