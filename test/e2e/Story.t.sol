// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {SuiteFixture} from "../utils/SuiteFixture.sol";

/// @title StoryTest
/// @notice The seed's story end to end: token holders fund an SPTN deployment through the TLG
///         (mint into its reward pool, register it as canonical), sequencers stake, the PoG owner
///         adds them, one exits mid-epoch (the committee snapshot does not change) and withdraws
///         after the exit delay. The same story runs against anvil from the scripts in
///         script/story_test.go.
contract StoryTest is SuiteFixture {
    uint256 internal constant FUNDING = 1_000_000e18;

    function test_story_fundAddStakeExitWithdraw_succeeds() public {
        // 1. The TLG funds and registers the deployment.
        address[] memory targets = new address[](3);
        uint256[] memory values = new uint256[](3);
        bytes[] memory calldatas = new bytes[](3);
        targets[0] = address(token);
        calldatas[0] = abi.encodeCall(token.mint, (address(rewardPool), FUNDING));
        targets[1] = address(registry);
        calldatas[1] = abi.encodeCall(
            registry.register,
            (IRegistry.Deployment({
                    name: "sptn-testnet-1",
                    rollup: address(0),
                    staking: address(staking),
                    governance: address(sptnGovernance),
                    rewardPool: address(rewardPool),
                    registeredAt: 0
                }))
        );
        targets[2] = address(registry);
        calldatas[2] = abi.encodeCall(registry.setCanonical, (1));
        passProposal(targets, values, calldatas, "Fund sptn-testnet-1");
        assertEq(token.balanceOf(address(rewardPool)), FUNDING);
        assertEq(token.totalSupply(), GENESIS + FUNDING);
        IRegistry.Deployment memory d = registry.canonicalDeployment();
        assertEq(d.staking, address(staking));
        assertEq(d.governance, address(sptnGovernance));
        assertEq(d.rewardPool, address(rewardPool));

        // 2. The deployment names its slasher (DeployRollup does; nobody stakes before), and
        //    four sequencers stake with their own withdrawer keys (each attester key signs the
        //    authorisation of its withdrawer; the withdrawer funds); the PoG owner adds them.
        nameSlasher();
        address[4] memory attesters;
        address[4] memory withdrawers;
        for (uint256 i = 0; i < 4; ++i) {
            uint256 key;
            (attesters[i], key) = makeAddrAndKey(string.concat("attester", vm.toString(i)));
            withdrawers[i] = makeAddr(string.concat("withdrawer", vm.toString(i)));
            bytes32 digest = staking.stakeAuthorizationDigest(
                attesters[i], withdrawers[i], staking.nonces(attesters[i]), block.timestamp
            );
            (uint8 v, bytes32 r, bytes32 sig) = vm.sign(key, digest);
            vm.prank(holder);
            assertTrue(token.transfer(withdrawers[i], MIN_STAKE));
            vm.startPrank(withdrawers[i]);
            token.approve(address(staking), MIN_STAKE);
            staking.stakeWithAuthorization(
                attesters[i],
                withdrawers[i],
                MIN_STAKE,
                block.timestamp,
                abi.encodePacked(r, sig, v)
            );
            vm.stopPrank();
            assertFalse(staking.isActive(attesters[i]), "staking alone does not activate");
            vm.prank(admin);
            sptnGovernance.addSequencer(attesters[i]);
        }
        assertEq(staking.getActiveSetSize(), 4);
        uint256 epochStart = block.timestamp;

        // 3. Mid-epoch, sequencer 1 exits: it leaves the set at once; the epoch's snapshot stays.
        vm.warp(epochStart + 60);
        vm.prank(withdrawers[1]);
        staking.initiateExit(attesters[1]);
        assertFalse(staking.isActive(attesters[1]));
        assertEq(staking.getActiveSetSize(), 3);
        address[] memory committee = staking.getActiveAttestersAt(epochStart);
        assertEq(committee.length, 4);
        for (uint256 i = 0; i < 4; ++i) {
            assertEq(committee[i], attesters[i]);
        }

        // 4. It withdraws after the exit delay, not before.
        vm.warp(epochStart + 60 + EXIT_DELAY);
        vm.prank(withdrawers[1]);
        staking.withdraw(attesters[1], withdrawers[1]);
        assertEq(token.balanceOf(withdrawers[1]), MIN_STAKE);
        assertEq(uint8(staking.getStake(attesters[1]).status), uint8(IStaking.Status.NONE));
        assertEq(token.balanceOf(address(staking)), 3 * MIN_STAKE);
        address[] memory remaining = staking.getActiveAttesters();
        assertEq(remaining.length, 3);
        assertEq(remaining[0], attesters[0]);
        assertEq(remaining[1], attesters[3]);
        assertEq(remaining[2], attesters[2]);
    }
}
