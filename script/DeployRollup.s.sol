// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {console2} from "forge-std/Script.sol";

import {IRewardPool} from "../contracts/interfaces/IRewardPool.sol";
import {IRollup, RollupParams} from "../contracts/interfaces/IRollup.sol";
import {SlasherParams} from "../contracts/interfaces/ISlasher.sol";
import {IStaking} from "../contracts/interfaces/IStaking.sol";
import {IVerifier} from "../contracts/interfaces/IVerifier.sol";
import {HashChainVerifier} from "../contracts/rollup/HashChainVerifier.sol";
import {Rollup, RollupConfig} from "../contracts/rollup/Rollup.sol";
import {Slasher} from "../contracts/slashing/Slasher.sol";
import {SptnScript} from "./SptnScript.sol";

/// @title DeployRollup
/// @notice Deploys a deployment's rollup (with the testnet HashChainVerifier) on top of the suite
///         that script/Deploy.s.sol deployed, makes SptnGovernance its owner, points the reward
///         pool at it, deploys the rollup's Slasher (owned by SptnGovernance) and queues it as
///         Staking's slasher, and adds Rollup, HashChainVerifier and Slasher to the deployments
///         file. The Slasher takes over when anyone calls `Staking.activateSlasher()` after the
///         delay Staking sets (two exit delays: script/Sequencers.s.sol's `activateSlasher()`);
///         the script prints when. With SLASHER_AT_ONCE=true it is Staking's slasher at once instead
///         (`setInitialSlasher`: nobody stakes before a slasher is named, so no staker is owed
///         a notice; it reverts once a slasher was named). Run it as the SptnGovernance owner (the SPTN admin):
///      forge script script/DeployRollup.s.sol:DeployRollup --rpc-url $RPC --broadcast \
///        --unlocked --sender 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
///      Parameters come from the environment (defaults in brackets): SLASHER_AT_ONCE [false],
///      ROLLUP_GENESIS_TIME [the Slasher's activation time (now, with SLASHER_AT_ONCE) +
///      ROLLUP_GENESIS_DELAY, 300 s], ROLLUP_SLOT_DURATION [24 s], ROLLUP_EPOCH_DURATION [32
///      slots], ROLLUP_LAG_EPOCHS [2], ROLLUP_COMMITTEE_SIZE [48], ROLLUP_PROPOSER_TIMEOUT [12 s],
///      ROLLUP_FALLBACK_SLOTS [64], ROLLUP_PROOF_WINDOW_EPOCHS [1], ROLLUP_ASSURED_REWARD
///      [10 AZT], ROLLUP_PROVEN_REWARD [10 AZT]; SLASHER_VOTING_DELAY [1 h], SLASHER_VOTING_PERIOD
///      [2 days], SLASHER_EXECUTION_WINDOW [2 days], SLASHER_QUORUM_BPS [1500],
///      SLASHER_MAJORITY_BPS [6000], SLASHER_EQUIVOCATION_BPS [1000], SLASHER_PROPOSAL_BPS
///      [10000], SLASHER_FILING_BOND [100 AZT]. Staking's exit delay must cover the slasher's
///      minimumExitDelay (about 4.4 days with these defaults against Deploy's 7 days), or
///      queueSlasher reverts. Sequencers added before the genesis time sit in the first
///      LAG_EPOCHS committees.
contract DeployRollup is SptnScript {
    function run() external returns (Rollup rollup, HashChainVerifier verifier, Slasher slasher) {
        Suite memory s = loadSuite();
        bool atOnce = slasherAtOnce();
        RollupConfig memory cfg = readConfig(s, atOnce);
        SlasherParams memory sp = readSlasherParams();
        vm.startBroadcast(msg.sender);
        verifier = new HashChainVerifier();
        cfg.verifier = IVerifier(address(verifier));
        rollup = new Rollup(cfg);
        // The slasher first: a run that fails there leaves the reward pool on the old rollup.
        slasher = deploySlasher(s, rollup, sp, atOnce);
        s.sptnGovernance.setRollup(address(rollup));
        vm.stopBroadcast();

        require(rollup.owner() == address(s.sptnGovernance), "DeployRollup: owner");
        require(s.rewardPool.rollup() == address(rollup), "DeployRollup: reward pool");
        require(slasher.owner() == address(s.sptnGovernance), "DeployRollup: slasher owner");
        (address pending, uint256 activatesAt) = s.staking.pendingSlasher();
        require(
            pending == address(slasher) || s.staking.slasher() == address(slasher),
            "DeployRollup: staking's slasher"
        );
        require(s.staking.exitDelay() >= slasher.minimumExitDelay(), "DeployRollup: exit delay");
        console2.log("HashChainVerifier", address(verifier));
        console2.log("Rollup", address(rollup));
        console2.log("Slasher", address(slasher));
        if (activatesAt == 0) console2.log("Slasher active at once");
        else console2.log("Slasher activatable at", activatesAt);
        console2.log("genesis time", cfg.genesisTime);
        writeDeployments(s, rollup, verifier, slasher);
    }

    /// @notice SLASHER_AT_ONCE [false], read once: both the slasher's naming and the genesis
    ///         time that waits for it follow the one answer.
    function slasherAtOnce() public view returns (bool) {
        return vm.envOr("SLASHER_AT_ONCE", false);
    }

    /// @dev Deploys the Slasher owned by SptnGovernance and queues it as Staking's slasher (or,
    ///      atOnce, makes it the slasher at once).
    function deploySlasher(Suite memory s, Rollup rollup, SlasherParams memory sp, bool atOnce)
        internal
        returns (Slasher slasher)
    {
        slasher = new Slasher(IRollup(address(rollup)), s.staking, address(s.sptnGovernance), sp);
        if (atOnce) {
            s.sptnGovernance.setInitialSlasher(address(slasher));
        } else {
            s.sptnGovernance.queueSlasher(address(slasher));
        }
    }

    function readSlasherParams() public view returns (SlasherParams memory p) {
        p.votingDelay = uint32(vm.envOr("SLASHER_VOTING_DELAY", uint256(1 hours)));
        p.votingPeriod = uint32(vm.envOr("SLASHER_VOTING_PERIOD", uint256(2 days)));
        p.executionWindow = uint32(vm.envOr("SLASHER_EXECUTION_WINDOW", uint256(2 days)));
        p.quorumBps = uint16(vm.envOr("SLASHER_QUORUM_BPS", uint256(1500)));
        p.majorityBps = uint16(vm.envOr("SLASHER_MAJORITY_BPS", uint256(6000)));
        p.equivocationSlashBps = uint16(vm.envOr("SLASHER_EQUIVOCATION_BPS", uint256(1000)));
        p.proposalSlashBps = uint16(vm.envOr("SLASHER_PROPOSAL_BPS", uint256(10_000)));
        p.filingBond = vm.envOr("SLASHER_FILING_BOND", uint256(100e18));
    }

    function readConfig(Suite memory s, bool atOnce) public view returns (RollupConfig memory cfg) {
        // The rollup starts only once its Slasher can act: a committee that cannot be slashed
        // would sit in epochs before the queued Slasher's activation.
        uint256 delay = vm.envOr("ROLLUP_GENESIS_DELAY", uint256(300));
        uint256 slasherActs = atOnce ? block.timestamp : s.staking.slasherChangeActivatesAt();
        cfg.genesisTime = vm.envOr("ROLLUP_GENESIS_TIME", slasherActs + delay);
        cfg.slotDuration = vm.envOr("ROLLUP_SLOT_DURATION", uint256(24));
        cfg.epochDuration = vm.envOr("ROLLUP_EPOCH_DURATION", uint256(32));
        cfg.lagEpochs = vm.envOr("ROLLUP_LAG_EPOCHS", uint256(2));
        cfg.committeeSize = vm.envOr("ROLLUP_COMMITTEE_SIZE", uint256(48));
        cfg.staking = IStaking(address(s.staking));
        cfg.rewardPool = IRewardPool(address(s.rewardPool));
        cfg.owner = address(s.sptnGovernance);
        cfg.params = RollupParams({
            proposerTimeout: uint64(vm.envOr("ROLLUP_PROPOSER_TIMEOUT", uint256(12))),
            fallbackSlots: uint64(vm.envOr("ROLLUP_FALLBACK_SLOTS", uint256(64))),
            proofWindowEpochs: uint64(vm.envOr("ROLLUP_PROOF_WINDOW_EPOCHS", uint256(1))),
            assuredReward: uint128(vm.envOr("ROLLUP_ASSURED_REWARD", uint256(10e18))),
            provenReward: uint128(vm.envOr("ROLLUP_PROVEN_REWARD", uint256(10e18)))
        });
    }

    /// @dev Rewrites the deployments file with the rollup's contracts added.
    function writeDeployments(
        Suite memory s,
        Rollup rollup,
        HashChainVerifier verifier,
        Slasher slasher
    ) internal {
        string memory path = deploymentsFile();
        string memory old = vm.readFile(path);
        string memory c = "contracts";
        vm.serializeAddress(c, "AZT", address(s.token));
        vm.serializeAddress(c, "Timelock", address(s.timelock));
        vm.serializeAddress(c, "TopLevelGovernance", address(s.tlg));
        vm.serializeAddress(c, "Registry", address(s.registry));
        vm.serializeAddress(c, "Staking", address(s.staking));
        vm.serializeAddress(c, "RewardPool", address(s.rewardPool));
        vm.serializeAddress(c, "SptnGovernance", address(s.sptnGovernance));
        vm.serializeAddress(c, "HashChainVerifier", address(verifier));
        vm.serializeAddress(c, "Rollup", address(rollup));
        string memory contracts = vm.serializeAddress(c, "Slasher", address(slasher));
        string memory root = "root";
        vm.serializeUint(root, "chainId", vm.parseJsonUint(old, ".chainId"));
        vm.serializeUint(root, "block", vm.parseJsonUint(old, ".block"));
        vm.serializeAddress(root, "deployer", vm.parseJsonAddress(old, ".deployer"));
        string memory json = vm.serializeString(root, "contracts", contracts);
        vm.writeJson(json, path);
        console2.log("deployments updated:", path);
    }
}
