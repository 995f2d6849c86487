// Package clock turns L1 time into SPTN slots and epochs: slot s starts at genesis +
// s × slot duration (L1 timestamps, whole seconds), and epoch e holds slots
// [e × slots-per-epoch, (e+1) × slots-per-epoch).
//
// Agents must agree with the contracts, which read block.timestamp, not with the local clock.
// Clock therefore estimates L1 time as local time plus an offset learnt from L1 block headers:
// a block with timestamp T that arrives at local time L says L1 time at L was at least T, so
// the offset is at least T − L. Clock keeps the largest such bound over a sliding window of
// recent observations. Missed L1 blocks only mean fewer observations (a late block lowers no
// bound), and a local clock that drifts is followed because old observations expire. An L1
// whose time steps back (a reorg onto blocks with earlier timestamps, seen by ObserveHead as a
// head at the same height or above with an earlier time) restarts the estimate from that head.
//
// Ticker fires at slot boundaries of that estimated L1 time, and reports slots it skipped
// (after a suspend, say) rather than firing for each.
package clock
