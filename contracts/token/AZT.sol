// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

import {IAZT} from "../interfaces/IAZT.sol";

/// @title AZT
/// @notice The SPTN governance token. Votes are checkpointed by timestamp (ERC-6372 "mode=timestamp")
///         so that governance, staking snapshots and slashing votes share one clock with the rollup.
/// @dev The owner is the minter. Deploy with the deployer as owner, then hand ownership to the
///      top-level governance's timelock with the two-step transfer.
contract AZT is IAZT, ERC20, ERC20Permit, ERC20Votes, Ownable2Step {
    constructor(address initialOwner)
        ERC20("SPTN Governance Token", "AZT")
        ERC20Permit("SPTN Governance Token")
        Ownable(initialOwner)
    {}

    /// @inheritdoc IAZT
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice The clock of vote checkpoints: the block timestamp.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372 clock description.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
