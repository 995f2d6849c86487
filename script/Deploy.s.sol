// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Script, console2} from "forge-std/Script.sol";

import {Registry} from "../contracts/governance/Registry.sol";
import {SptnGovernance} from "../contracts/governance/SptnGovernance.sol";
import {TopLevelGovernance} from "../contracts/governance/TopLevelGovernance.sol";
import {RewardPool} from "../contracts/incentives/RewardPool.sol";
import {Staking} from "../contracts/staking/Staking.sol";
import {AZT} from "../contracts/token/AZT.sol";

/// @title Deploy
/// @notice Deploys the SPTN contract suite and writes the deployments file that the agents read:
///         AZT, the top-level governance (TLG) with its timelock, the Registry, and one deployment
///         (Staking, RewardPool, SptnGovernance). Registering and funding the deployment is a TLG
///         proposal: script/FundDeployment.s.sol.
/// @dev Run against any RPC; on the devnet anvil's unlocked first account is the sender:
///      forge script script/Deploy.s.sol:Deploy --rpc-url http://127.0.0.1:8545 --broadcast \
///        --unlocked --sender 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
///      The output path comes from DEPLOYMENTS_FILE (default deployments/<chainid>.json).
///      Every parameter comes from an environment variable with a production default (see
///      `readConfig` and docs/governance.md). The deployer ends with no power at all: it mints the
///      genesis supply, then hands AZT to the timelock, which accepts it in a bootstrap batch run
///      while the timelock's delay is still 0; the deployer then renounces its timelock roles.
contract Deploy is Script {
    struct Config {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumPercent;
        uint256 timelockDelay;
        uint256 genesisSupply;
        address genesisHolder;
        uint256 minimumStake;
        uint256 exitDelay;
        address sptnAdmin;
    }

    struct Deployment {
        AZT token;
        TimelockController timelock;
        TopLevelGovernance tlg;
        Registry registry;
        Staking staking;
        RewardPool rewardPool;
        SptnGovernance sptnGovernance;
    }

    function run() external returns (Deployment memory d) {
        address deployer = msg.sender;
        Config memory cfg = readConfig(deployer);
        vm.startBroadcast(deployer);
        d.token = deployAZT(deployer);
        mintGenesis(d.token, cfg, deployer);
        (d.timelock, d.tlg) = deployTopLevelGovernance(d.token, cfg, deployer);
        d.registry = deployRegistry(d.timelock);
        (d.staking, d.rewardPool, d.sptnGovernance) =
            deploySuite(d.token, cfg.minimumStake, cfg.exitDelay, cfg.sptnAdmin, deployer);
        bootstrapTimelock(d, cfg.timelockDelay, deployer);
        vm.stopBroadcast();
        checkPostConditions(d, cfg, deployer);
        writeDeployments(d, deployer);
    }

    /// @notice The parameters, from the environment; the defaults suit a production network.
    function readConfig(address deployer) public view returns (Config memory cfg) {
        cfg.votingDelay = SafeCast.toUint48(vm.envOr("TLG_VOTING_DELAY", uint256(1 days)));
        cfg.votingPeriod = SafeCast.toUint32(vm.envOr("TLG_VOTING_PERIOD", uint256(7 days)));
        cfg.proposalThreshold = vm.envOr("TLG_PROPOSAL_THRESHOLD", uint256(100_000e18));
        cfg.quorumPercent = vm.envOr("TLG_QUORUM_PERCENT", uint256(4));
        cfg.timelockDelay = vm.envOr("TIMELOCK_MIN_DELAY", uint256(2 days));
        cfg.genesisSupply = vm.envOr("AZT_GENESIS_SUPPLY", uint256(1_000_000_000e18));
        cfg.genesisHolder = vm.envOr("AZT_GENESIS_HOLDER", deployer);
        cfg.minimumStake = vm.envOr("STAKING_MINIMUM_STAKE", uint256(100_000e18));
        cfg.exitDelay = vm.envOr("STAKING_EXIT_DELAY", uint256(7 days));
        cfg.sptnAdmin = vm.envOr("SPTN_ADMIN", deployer);
    }

    function deployAZT(address owner) public returns (AZT token) {
        token = new AZT(owner);
        console2.log("AZT", address(token));
    }

    /// @dev The genesis supply gives the token holders their first votes; a deployer that holds
    ///      it delegates to itself so that it can vote at once.
    function mintGenesis(AZT token, Config memory cfg, address deployer) public {
        if (cfg.genesisSupply == 0) return;
        token.mint(cfg.genesisHolder, cfg.genesisSupply);
        if (cfg.genesisHolder == deployer) token.delegate(deployer);
    }

    /// @dev The timelock starts with delay 0 and the deployer as admin, for the bootstrap batch.
    function deployTopLevelGovernance(AZT token, Config memory cfg, address deployer)
        public
        returns (TimelockController timelock, TopLevelGovernance tlg)
    {
        address[] memory none = new address[](0);
        address[] memory anyone = new address[](1); // address(0): anyone may execute
        timelock = new TimelockController(0, none, anyone, deployer);
        tlg = new TopLevelGovernance(
            token,
            timelock,
            cfg.votingDelay,
            cfg.votingPeriod,
            cfg.proposalThreshold,
            cfg.quorumPercent
        );
        timelock.grantRole(timelock.PROPOSER_ROLE(), address(tlg));
        timelock.grantRole(timelock.CANCELLER_ROLE(), address(tlg));
        console2.log("Timelock", address(timelock));
        console2.log("TopLevelGovernance", address(tlg));
    }

    function deployRegistry(TimelockController timelock) public returns (Registry registry) {
        registry = new Registry(address(timelock));
        console2.log("Registry", address(registry));
    }

    /// @notice Deploys one SPTN deployment: Staking and RewardPool owned by its SptnGovernance,
    ///         which `admin` owns. The pool comes first: Staking sends slashed stake to it, an
    ///         address fixed at deployment that no owner can swap. Staking has no slasher yet and
    ///         takes no stake until one is named: script/DeployRollup.s.sol queues the rollup's
    ///         Slasher (or names it at once with SLASHER_AT_ONCE).
    function deploySuite(
        AZT token,
        uint256 minimumStake,
        uint256 exitDelay,
        address admin,
        address deployer
    ) public returns (Staking staking, RewardPool rewardPool, SptnGovernance governance) {
        rewardPool = new RewardPool(token, deployer);
        staking = new Staking(token, address(rewardPool), deployer, minimumStake, exitDelay);
        governance = new SptnGovernance(admin, staking, rewardPool);
        staking.transferOwnership(address(governance));
        rewardPool.transferOwnership(address(governance));
        console2.log("Staking", address(staking));
        console2.log("RewardPool", address(rewardPool));
        console2.log("SptnGovernance", address(governance));
    }

    /// @dev While its delay is 0 and the deployer is its admin, the timelock accepts AZT's
    ///      ownership and sets its real delay in one batch; then the deployer drops every role.
    function bootstrapTimelock(Deployment memory d, uint256 delay, address deployer) public {
        TimelockController tl = d.timelock;
        d.token.transferOwnership(address(tl));
        address[] memory targets = new address[](2);
        uint256[] memory values = new uint256[](2);
        bytes[] memory calls = new bytes[](2);
        targets[0] = address(d.token);
        calls[0] = abi.encodeCall(d.token.acceptOwnership, ());
        targets[1] = address(tl);
        calls[1] = abi.encodeCall(tl.updateDelay, (delay));
        bytes32 salt = keccak256("sptn.deploy.bootstrap");
        tl.grantRole(tl.PROPOSER_ROLE(), deployer);
        tl.scheduleBatch(targets, values, calls, bytes32(0), salt, 0);
        tl.executeBatch(targets, values, calls, bytes32(0), salt);
        tl.revokeRole(tl.PROPOSER_ROLE(), deployer);
        tl.revokeRole(tl.CANCELLER_ROLE(), deployer);
        tl.renounceRole(tl.DEFAULT_ADMIN_ROLE(), deployer);
    }

    function checkPostConditions(Deployment memory d, Config memory cfg, address deployer)
        internal
        view
    {
        TimelockController tl = d.timelock;
        require(d.token.owner() == address(tl), "Deploy: AZT owner is not the timelock");
        require(d.token.pendingOwner() == address(0), "Deploy: AZT has a pending owner");
        require(d.token.totalSupply() == cfg.genesisSupply, "Deploy: genesis supply");
        require(tl.getMinDelay() == cfg.timelockDelay, "Deploy: timelock delay");
        require(!tl.hasRole(tl.DEFAULT_ADMIN_ROLE(), deployer), "Deploy: deployer is admin");
        require(!tl.hasRole(tl.PROPOSER_ROLE(), deployer), "Deploy: deployer is proposer");
        require(!tl.hasRole(tl.CANCELLER_ROLE(), deployer), "Deploy: deployer is canceller");
        require(tl.hasRole(tl.DEFAULT_ADMIN_ROLE(), address(tl)), "Deploy: timelock admin");
        require(tl.hasRole(tl.PROPOSER_ROLE(), address(d.tlg)), "Deploy: TLG is not proposer");
        require(tl.hasRole(tl.CANCELLER_ROLE(), address(d.tlg)), "Deploy: TLG is not canceller");
        require(tl.hasRole(tl.EXECUTOR_ROLE(), address(0)), "Deploy: execution is not open");
        require(address(d.tlg.token()) == address(d.token), "Deploy: TLG token");
        require(d.tlg.timelock() == address(tl), "Deploy: TLG timelock");
        require(d.tlg.votingDelay() == cfg.votingDelay, "Deploy: voting delay");
        require(d.tlg.votingPeriod() == cfg.votingPeriod, "Deploy: voting period");
        require(d.registry.owner() == address(tl), "Deploy: Registry owner");
        require(d.staking.owner() == address(d.sptnGovernance), "Deploy: Staking owner");
        require(d.rewardPool.owner() == address(d.sptnGovernance), "Deploy: RewardPool owner");
        require(d.sptnGovernance.owner() == cfg.sptnAdmin, "Deploy: SptnGovernance owner");
        require(d.staking.minimumStake() == cfg.minimumStake, "Deploy: minimum stake");
        require(d.staking.exitDelay() == cfg.exitDelay, "Deploy: exit delay");
        require(d.staking.rewardPool() == address(d.rewardPool), "Deploy: slashed stake's pool");
        require(d.staking.slasher() == address(0), "Deploy: Staking has a slasher");
    }

    function writeDeployments(Deployment memory d, address deployer) internal {
        string memory path = vm.envOr(
            "DEPLOYMENTS_FILE", string.concat("deployments/", vm.toString(block.chainid), ".json")
        );
        string memory c = "contracts";
        vm.serializeAddress(c, "AZT", address(d.token));
        vm.serializeAddress(c, "Timelock", address(d.timelock));
        vm.serializeAddress(c, "TopLevelGovernance", address(d.tlg));
        vm.serializeAddress(c, "Registry", address(d.registry));
        vm.serializeAddress(c, "Staking", address(d.staking));
        vm.serializeAddress(c, "RewardPool", address(d.rewardPool));
        string memory contracts =
            vm.serializeAddress(c, "SptnGovernance", address(d.sptnGovernance));
        string memory root = "root";
        vm.serializeUint(root, "chainId", block.chainid);
        vm.serializeUint(root, "block", block.number);
        vm.serializeAddress(root, "deployer", deployer);
        string memory json = vm.serializeString(root, "contracts", contracts);
        vm.writeJson(json, path);
        console2.log("deployments written to", path);
    }
}
