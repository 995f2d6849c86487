// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

import {IStaking} from "../../../contracts/interfaces/IStaking.sol";

/// @notice A test fake of Staking's snapshotted active set (no tokens): enough to unit-test the
///         rollup's committee sampling. The real Staking is exercised in the staking tests and by
///         the end-to-end tests against anvil.
contract StakingFake is IStaking {
    using Checkpoints for Checkpoints.Trace208;

    Checkpoints.Trace208 private _size;
    mapping(uint256 index => Checkpoints.Trace208) private _members;
    mapping(address => uint256) private _positionPlusOne;
    address[] private _current;
    address public override slasher;

    function add(address attester) external {
        require(_positionPlusOne[attester] == 0, "already active");
        _current.push(attester);
        _positionPlusOne[attester] = _current.length;
        _members[_current.length - 1].push(uint48(block.timestamp), uint208(uint160(attester)));
        _size.push(uint48(block.timestamp), uint208(_current.length));
    }

    function remove(address attester) external {
        uint256 pos = _positionPlusOne[attester];
        require(pos != 0, "not active");
        uint256 last = _current.length - 1;
        address moved = _current[last];
        _current[pos - 1] = moved;
        _current.pop();
        _positionPlusOne[attester] = 0;
        if (moved != attester) {
            _positionPlusOne[moved] = pos;
            _members[pos - 1].push(uint48(block.timestamp), uint208(uint160(moved)));
        }
        _size.push(uint48(block.timestamp), uint208(_current.length));
    }

    function stake(address, address, uint256) external pure override {
        revert("StakingFake: no tokens");
    }

    function getActiveSetSize() external view override returns (uint256) {
        return _current.length;
    }

    function getActiveSetSizeAt(uint256 timestamp) public view override returns (uint256) {
        return _size.upperLookup(uint48(timestamp));
    }

    function getActiveAttesterAt(uint256 index, uint256 timestamp)
        public
        view
        override
        returns (address)
    {
        require(index < getActiveSetSizeAt(timestamp), "index out of range");
        return address(uint160(_members[index].upperLookup(uint48(timestamp))));
    }

    function getActiveAttesters() external view override returns (address[] memory) {
        return _current;
    }

    function getActiveAttestersAt(uint256 timestamp)
        external
        view
        override
        returns (address[] memory out)
    {
        out = new address[](getActiveSetSizeAt(timestamp));
        for (uint256 i = 0; i < out.length; ++i) {
            out[i] = getActiveAttesterAt(i, timestamp);
        }
    }

    function isActive(address attester) external view override returns (bool) {
        return _positionPlusOne[attester] != 0;
    }

    function slash(address, uint256, bool) external pure override {
        revert("StakingFake: no slashing");
    }
}
