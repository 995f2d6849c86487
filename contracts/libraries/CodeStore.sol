// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Errors} from "./Errors.sol";

/// @title CodeStore
/// @notice Write-once data kept as the code of a tiny contract (the "SSTORE2" pattern). Writing costs
///         about 200 gas a byte once; reading costs a cold account access plus 3 gas a word, far
///         less than calldata or storage for data read often, such as an epoch's committee that every
///         propose of the epoch reads.
library CodeStore {
    /// @notice Stores `data` and returns the address that holds it.
    function write(bytes memory data) internal returns (address pointer) {
        // Init code: copy the runtime (a STOP byte followed by `data`) to memory and return it.
        //   61 <len:2>  PUSH2 len      (runtime length)
        //   80          DUP1
        //   60 0c       PUSH1 12       (offset of the runtime in this init code)
        //   60 00       PUSH1 0
        //   39          CODECOPY
        //   60 00       PUSH1 0
        //   f3          RETURN
        // The leading STOP makes the stored contract unexecutable.
        bytes memory runtime = abi.encodePacked(hex"00", data);
        bytes memory init =
            abi.encodePacked(hex"61", uint16(runtime.length), hex"80600c6000396000f3", runtime);
        assembly ("memory-safe") {
            pointer := create(0, add(init, 0x20), mload(init))
        }
        if (pointer == address(0)) revert Errors.CodeStore__DeployFailed(data.length);
    }

    /// @notice Reads `length` bytes stored at `pointer`, starting at data offset `start`.
    function read(address pointer, uint256 start, uint256 length)
        internal
        view
        returns (bytes memory data)
    {
        data = new bytes(length);
        assembly ("memory-safe") {
            // +1 skips the STOP byte.
            extcodecopy(pointer, add(data, 0x20), add(start, 1), length)
        }
    }
}
