package node

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// TestDASettings: node.da picks where this node, as proposer, puts its blocks' data (auto also
// takes blobs when the data exceeds the chain's calldata limit), bad values are refused at start
// naming the key, and the block limits of earlier versions are refused: they are the chain's,
// in the genesis app_state.
func TestDASettings(t *testing.T) {
	t.Parallel()
	small := app.DefaultParams()
	small.MaxCalldataBlockBytes = 1000
	for _, tc := range []struct {
		name     string
		da       string
		maxBytes int
		params   app.Params
		blobsAt  map[int]bool // block data size -> sealed in blobs
		wantErr  string
	}{
		{name: "calldata", da: DACalldata, params: app.DefaultParams(), blobsAt: map[int]bool{0: false, 100_000: false}},
		{name: "blobs", da: DABlobs, params: app.DefaultParams(), blobsAt: map[int]bool{0: true, 100: true}},
		{name: "auto", da: DAAuto, params: app.DefaultParams(), blobsAt: map[int]bool{0: false, AutoBlobThreshold: false, AutoBlobThreshold + 1: true}},
		{name: "auto with a small calldata limit", da: DAAuto, params: small, blobsAt: map[int]bool{1000: false, 1001: true}},
		{name: "max-block-bytes set", da: DAAuto, maxBytes: 400_000,
			wantErr: "config key node.max-block-bytes (env SPTN_NODE_MAX_BLOCK_BYTES) = 400000: want unset: the chain's limits are consensus rules in the genesis app_state"},
		{name: "bad da", da: "blob", wantErr: "config key node.da (env SPTN_NODE_DA) = \"blob\": want calldata, blobs or auto"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := Config{Node: Settings{DA: tc.da, MaxBlockBytes: tc.maxBytes}}
			err := c.Check() // the rest of the config is empty and fails too: look for our keys
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NotContains(t, err.Error(), "node.da")
			require.NotContains(t, err.Error(), "node.max-block-bytes")
			for size, want := range tc.blobsAt {
				require.Equal(t, want, c.Node.SealBlobs(size, tc.params), "size %d", size)
			}
		})
	}
}

// TestAPILimitKeys: the chain API's limits have defaults that pass the checks, come from the
// environment like every key, and bad values are refused at start naming the key.
func TestAPILimitKeys(t *testing.T) {
	var c Config
	require.NoError(t, config.LoadFile("", &c, Keys...))
	err := c.Check()
	if err != nil {
		require.NotContains(t, err.Error(), "node.api-", "the defaults pass")
	}
	lim := limitsOf(&c.Node)
	require.Equal(t, apiLimits{ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute,
		MaxStreams: 256, MaxStreamsPerClient: 16, BodyMemory: 64 << 20, Hosts: []string{},
		MaxConnections: 1024, MaxConnectionsPerClient: 64}, lim)

	t.Setenv("SPTN_NODE_API_HOSTS", "node.example,api.example")
	t.Setenv("SPTN_NODE_API_MAX_STREAMS", "8")
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, []string{"node.example", "api.example"}, c.Node.APIHosts)
	require.Equal(t, 8, c.Node.APIMaxStreams)

	for _, tc := range []struct {
		set  func(*Settings)
		want string
	}{
		{func(s *Settings) { s.APIReadTimeout = 0 }, "config key node.api-read-timeout (env SPTN_NODE_API_READ_TIMEOUT) = 0s: want 1s to 10m"},
		{func(s *Settings) { s.APIWriteTimeout = time.Hour }, "node.api-write-timeout (env SPTN_NODE_API_WRITE_TIMEOUT) = 1h0m0s: want 1s to 10m"},
		{func(s *Settings) { s.APIIdleTimeout = 0 }, "node.api-idle-timeout"},
		{func(s *Settings) { s.APIMaxStreams = 0 }, "node.api-max-streams (env SPTN_NODE_API_MAX_STREAMS) = 0: want 1 to 100000"},
		{func(s *Settings) { s.APIMaxStreamsPerClient = 300 }, "node.api-max-streams-per-client (env SPTN_NODE_API_MAX_STREAMS_PER_CLIENT) = 300: want 1 to node.api-max-streams"},
		{func(s *Settings) { s.APIMaxConnections = 8 }, "node.api-max-connections (env SPTN_NODE_API_MAX_CONNECTIONS) = 8: want 16 to 1000000, and more than node.api-max-streams (event streams hold connections)"},
		{func(s *Settings) { s.APIMaxStreams = 1024 }, "node.api-max-connections (env SPTN_NODE_API_MAX_CONNECTIONS) = 1024: want 16 to 1000000, and more than node.api-max-streams (event streams hold connections)"},
		{func(s *Settings) { s.APIMaxConnectionsPerClient = 2000 }, "node.api-max-connections-per-client (env SPTN_NODE_API_MAX_CONNECTIONS_PER_CLIENT) = 2000: want more than node.api-max-streams-per-client (a client's event streams hold connections) and at most node.api-max-connections"},
		{func(s *Settings) { s.APIMaxConnectionsPerClient = 16 }, "node.api-max-connections-per-client (env SPTN_NODE_API_MAX_CONNECTIONS_PER_CLIENT) = 16: want more than node.api-max-streams-per-client"},
		{func(s *Settings) { s.APIBodyMemory = 1 << 20 }, "node.api-body-memory (env SPTN_NODE_API_BODY_MEMORY) = 1048576: want 16777216 (one full batch)"},
		{func(s *Settings) { s.APIHosts = []string{"http://node.example"} }, "node.api-hosts"},
		{func(s *Settings) { s.APIHosts = []string{"node.example:8080"} }, "node.api-hosts"},
	} {
		bad := c
		tc.set(&bad.Node)
		require.ErrorContains(t, bad.Check(), tc.want)
	}
}

// TestSlashingProtectionKeys: the local record is the default; a database URL comes from the
// environment like every key, and a malformed one, one with a password in it, a password file
// others may read or a bad timeout is refused at start naming the key.
func TestSlashingProtectionKeys(t *testing.T) {
	var c Config
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, Protection{Timeout: 2 * time.Second}, c.Node.SlashingProtection)
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.slashing-protection", "the defaults pass")
	}
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("secret\n"), 0o600))
	t.Setenv("SPTN_NODE_SLASHING_PROTECTION_DATABASE_URL", "postgres://sptn@db.internal:5432/sptn?sslmode=verify-full")
	t.Setenv("SPTN_NODE_SLASHING_PROTECTION_DATABASE_PASSWORD_FILE", pw)
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, "postgres://sptn@db.internal:5432/sptn?sslmode=verify-full", c.Node.SlashingProtection.DatabaseURL)
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.slashing-protection")
	}
	open := filepath.Join(dir, "open")
	require.NoError(t, os.WriteFile(open, []byte("secret\n"), 0o644))
	for _, tc := range []struct {
		set  func(*Settings)
		want string
	}{
		{func(s *Settings) { s.SlashingProtection.DatabaseURL = "postgres://sptn:hunter2@db/sptn" },
			"config key node.slashing-protection.database-url (env SPTN_NODE_SLASHING_PROTECTION_DATABASE_URL)"},
		{func(s *Settings) { s.SlashingProtection.DatabaseURL = "postgres://sptn:hunter2@db/sptn" }, "it holds a password: put it in the password file"},
		{func(s *Settings) { s.SlashingProtection.DatabaseURL = "mysql://db/sptn" }, `scheme "mysql"`},
		{func(s *Settings) { s.SlashingProtection.DatabaseURL = "postgres://db/sptn?sslmode=maybe" }, "node.slashing-protection.database-url"},
		{func(s *Settings) { s.SlashingProtection.DatabasePasswordFile = open }, "node.slashing-protection.database-password-file (env SPTN_NODE_SLASHING_PROTECTION_DATABASE_PASSWORD_FILE)"},
		{func(s *Settings) { s.SlashingProtection.DatabasePasswordFile = open }, "chmod 600"},
		{func(s *Settings) { s.SlashingProtection.DatabasePasswordFile = dir + "/none" }, "node.slashing-protection.database-password-file"},
		{func(s *Settings) { s.SlashingProtection.DatabaseURL = "" }, "empty without node.slashing-protection.database-url"},
		{func(s *Settings) { s.PrivValidatorLaddr = "tcp://nowhere" },
			"config key node.priv-validator-laddr (env SPTN_NODE_PRIV_VALIDATOR_LADDR) = \"tcp://nowhere\": want tcp://host:port, unix:///path or empty"},
		{func(s *Settings) { s.SlashingProtection.Timeout = time.Minute }, "node.slashing-protection.timeout (env SPTN_NODE_SLASHING_PROTECTION_TIMEOUT) = 1m0s: want 100ms to 30s"},
	} {
		bad := c
		tc.set(&bad.Node)
		require.ErrorContains(t, bad.Check(), tc.want)
	}
	// CometBFT's remote-signer connection authenticates neither side: whoever dials a network
	// address first is the validator's signer (and can keep the real one out).
	for _, open := range []string{"tcp://0.0.0.0:26659", "tcp://10.0.0.5:26659", "tcp://[::]:26659", "tcp://signer.internal:26659", "tcp://:26659"} {
		bad := c
		bad.Node.PrivValidatorLaddr = open
		require.ErrorContains(t, bad.Check(), "node.priv-validator-laddr", open)
		require.ErrorContains(t, bad.Check(), "loopback", open)
	}
	for _, ok := range []string{"", "unix:///run/sptn/pv.sock", "tcp://127.0.0.1:26659", "tcp://localhost:26659", "tcp://[::1]:26659"} {
		c.Node.PrivValidatorLaddr = ok
		if err := c.Check(); err != nil {
			require.NotContains(t, err.Error(), "node.priv-validator-laddr")
		}
	}
	for _, u := range []string{"postgres://sptn:hunter2@db/sptn", "postgres://sptn:p%zzhunter2@db/sptn",
		"postgres://sptn:hunter2@/sptn?host=/run/postgresql"} {
		bad := c
		bad.Node.SlashingProtection.DatabaseURL = u
		err := bad.Check()
		require.ErrorContains(t, err, "node.slashing-protection.database-url", u)
		require.NotContains(t, err.Error(), "hunter2", "the password is not repeated in the error")
	}
}

// TestMinPeersKey: node.min-peers defaults to 2, comes from the environment, and a negative or
// absurd floor is refused at start naming the key.
func TestMinPeersKey(t *testing.T) {
	var c Config
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, 2, c.Node.MinPeers)
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.min-peers", "the default passes")
	}
	for _, v := range []string{"-1", "1001"} {
		t.Setenv("SPTN_NODE_MIN_PEERS", v)
		require.NoError(t, config.LoadFile("", &c, Keys...))
		require.ErrorContains(t, c.Check(), "config key node.min-peers (env SPTN_NODE_MIN_PEERS) = "+v+": want 0 to 1000")
	}
}

// TestKZGNiceKey: node.kzg-nice defaults to 10, comes from the environment, and a step outside
// nice(1)'s 0 to 19 is refused at start naming the key.
func TestKZGNiceKey(t *testing.T) {
	var c Config
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, 10, c.Node.KZGNice)
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.kzg-nice", "the default passes")
	}
	t.Setenv("SPTN_NODE_KZG_NICE", "0")
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, 0, c.Node.KZGNice)
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.kzg-nice", "0 passes: the worker at the node's priority")
	}
	for _, v := range []string{"-1", "20"} {
		t.Setenv("SPTN_NODE_KZG_NICE", v)
		require.NoError(t, config.LoadFile("", &c, Keys...))
		require.ErrorContains(t, c.Check(), "config key node.kzg-nice (env SPTN_NODE_KZG_NICE) = "+v+": want 0 to 19")
	}
}

// TestKZGSpreadKey: node.kzg-spread defaults to the seal budget's 1.3, comes from the
// environment and reaches the budget, and a factor below 1 (seals sized below the medians'
// time) or above 2 is refused at start naming the key.
func TestKZGSpreadKey(t *testing.T) {
	var c Config
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, kzgSpread, c.Node.KZGSpread)
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.kzg-spread", "the default passes")
	}
	t.Setenv("SPTN_NODE_KZG_SPREAD", "1")
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, 1.0, c.Node.KZGSpread)
	require.Equal(t, 1.0, newDriver(&driver{set: c.Node}, nil).budget.spread)
	for _, v := range []string{"0.9", "2.5"} {
		t.Setenv("SPTN_NODE_KZG_SPREAD", v)
		require.NoError(t, config.LoadFile("", &c, Keys...))
		require.ErrorContains(t, c.Check(), "config key node.kzg-spread (env SPTN_NODE_KZG_SPREAD) = "+v+": want 1 to 2")
	}
}

// TestPublishersKeys: node.publishers is empty by default (the attester key publishes), takes
// addresses from the environment, and refuses a malformed or repeated address and a stuck-after
// outside 5s to 1h, naming the key.
func TestPublishersKeys(t *testing.T) {
	var c Config
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Empty(t, c.Node.Publishers)
	require.Equal(t, time.Minute, c.Node.PublisherStuckAfter)
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.publisher", "the defaults pass")
	}
	a, b := "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
	t.Setenv("SPTN_NODE_PUBLISHERS", a+","+b)
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, []string{a, b}, c.Node.Publishers)
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.publisher")
	}
	for env, want := range map[string]string{
		a + "," + strings.ToLower(a): `config key node.publishers (env SPTN_NODE_PUBLISHERS) = "` + strings.ToLower(a) + `": want distinct 0x addresses`,
		a[2:]:                        `config key node.publishers (env SPTN_NODE_PUBLISHERS) = "` + a[2:] + `": want`,
		"0x1234":                     `config key node.publishers (env SPTN_NODE_PUBLISHERS) = "0x1234": want`,
	} {
		t.Setenv("SPTN_NODE_PUBLISHERS", env)
		require.NoError(t, config.LoadFile("", &c, Keys...))
		require.ErrorContains(t, c.Check(), want)
	}
	t.Setenv("SPTN_NODE_PUBLISHERS", "")
	t.Setenv("SPTN_NODE_PUBLISHER_STUCK_AFTER", "1s")
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.ErrorContains(t, c.Check(), "config key node.publisher-stuck-after (env SPTN_NODE_PUBLISHER_STUCK_AFTER) = 1s: want 5s to 1h")
}

// TestSlotTiming: a seal lead not shorter than the rollup's slot is refused at start, naming the
// key; a CometBFT timeout_propose over a quarter of the slot is warned about.
func TestSlotTiming(t *testing.T) {
	n := Settings{SealLead: 500 * time.Millisecond, TimeoutPropose: time.Second}
	warn, err := checkSlotTiming(&n, 4*time.Second)
	require.NoError(t, err)
	require.Empty(t, warn, "a quarter of the slot")

	n.TimeoutPropose = 1001 * time.Millisecond
	warn, err = checkSlotTiming(&n, 4*time.Second)
	require.NoError(t, err)
	require.Contains(t, warn, "node.timeout-propose is more than a quarter of the rollup's slot")

	n.TimeoutPropose = 3 * time.Second // the default, against the benches' 2 s slots: warned, not refused
	warn, err = checkSlotTiming(&n, 2*time.Second)
	require.NoError(t, err)
	require.NotEmpty(t, warn)

	n.TimeoutPropose, n.SealLead = time.Second, 4*time.Second
	_, err = checkSlotTiming(&n, 4*time.Second)
	require.ErrorContains(t, err, "config key node.seal-lead = 4s")
}

// TestAdmissionSlotsKey: node.admission-slots defaults to admission's admissionSlots, comes from
// the environment and sets the backlog at which new user transactions are refused, and a bound
// below half a slot (blocks left short of what the slot carries) or above eight (a wait of many
// slots) is refused at start naming the key.
func TestAdmissionSlotsKey(t *testing.T) {
	var c Config
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, admissionSlots, c.Node.AdmissionSlots)
	require.Equal(t, 1.0, admissionSlots, "the default docs/node.md and docs/performance.md name")
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.admission-slots", "the default passes")
	}
	f := newChainFixture(t)
	bound := func(n Settings) int {
		n.SealLead, n.DA = 1500*time.Millisecond, DAAuto
		return newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: 2, EpochDuration: 1000}, set: n}, nil).queueBound()
	}
	perSlot := 2 * protocol.BlobCapacity(1) / priorTxBytes // the priors: two blobs a slot
	require.InDelta(t, admissionSlots*float64(perSlot), bound(c.Node), 2)
	t.Setenv("SPTN_NODE_ADMISSION_SLOTS", "3")
	require.NoError(t, config.LoadFile("", &c, Keys...))
	if err := c.Check(); err != nil {
		require.NotContains(t, err.Error(), "node.admission-slots", "3 passes")
	}
	require.Equal(t, 3.0, c.Node.AdmissionSlots)
	require.InDelta(t, 3*float64(perSlot), bound(c.Node), 4)
	for _, v := range []string{"0.5", "8"} {
		t.Setenv("SPTN_NODE_ADMISSION_SLOTS", v)
		require.NoError(t, config.LoadFile("", &c, Keys...))
		if err := c.Check(); err != nil {
			require.NotContains(t, err.Error(), "node.admission-slots", v+" passes")
		}
	}
	for _, v := range []string{"0.4", "9", "NaN", "+Inf"} {
		t.Setenv("SPTN_NODE_ADMISSION_SLOTS", v)
		require.NoError(t, config.LoadFile("", &c, Keys...))
		require.ErrorContains(t, c.Check(), "config key node.admission-slots (env SPTN_NODE_ADMISSION_SLOTS) = "+v+": want 0.5 to 8")
	}
	t.Setenv("SPTN_NODE_ADMISSION_SLOTS", "one")
	require.ErrorContains(t, config.LoadFile("", &c, Keys...), "admission-slots")
}
