// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IAZT
/// @notice The SPTN governance token: an ERC-20 with vote checkpoints (ERC20Votes, keyed by
///         timestamp) and EIP-2612 permit. Only its owner, the top-level governance, mints.
interface IAZT is IERC20 {
    /// @notice Mints `amount` new tokens to `to`.
    /// @dev Only the owner (the top-level governance's timelock) may call this.
    function mint(address to, uint256 amount) external;
}
