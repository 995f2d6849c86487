// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IStaking} from "../../interfaces/IStaking.sol";
import {Errors} from "../../libraries/Errors.sol";

/// @notice What a rollup fixes at deployment, as its libraries need it. The Rollup keeps these as
///         immutables (free to read) and hands them over in memory, since a library cannot read
///         its caller's immutables.
/// @param genesisTime The L1 timestamp at which slot 0 starts.
/// @param slotDuration Seconds per slot.
/// @param epochDuration Slots per epoch.
/// @param lagEpochs Epochs between the randomness (and set) a committee uses and its epoch.
/// @param ringSize Words of the block-hash ring buffer (ChainLib.ringSize).
/// @param staking Where the active set is read.
struct Immutables {
    uint256 genesisTime;
    uint256 slotDuration;
    uint256 epochDuration;
    uint256 lagEpochs;
    uint256 ringSize;
    IStaking staking;
}

/// @title TimeLib
/// @notice Slots and epochs: `slot(ts) = (ts - genesisTime) / slotDuration`,
///         `epoch = slot / epochDuration`. Nothing exists before genesis.
library TimeLib {
    /// @notice The slot that contains `timestamp`; reverts before genesis.
    function slotAt(Immutables memory im, uint256 timestamp) internal pure returns (uint256) {
        if (timestamp < im.genesisTime) {
            revert Errors.Rollup__BeforeGenesis(timestamp, im.genesisTime);
        }
        return (timestamp - im.genesisTime) / im.slotDuration;
    }

    /// @notice The L1 timestamp at which `slot` starts.
    function slotStart(Immutables memory im, uint256 slot) internal pure returns (uint256) {
        return im.genesisTime + slot * im.slotDuration;
    }

    /// @notice The L1 timestamp at which `epoch` starts.
    function epochStart(Immutables memory im, uint256 epoch) internal pure returns (uint256) {
        return im.genesisTime + epoch * im.epochDuration * im.slotDuration;
    }
}
