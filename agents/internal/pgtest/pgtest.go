// Package pgtest starts throwaway PostgreSQL servers for tests: initdb in a temporary directory,
// one server on a free port of 127.0.0.1 with password (scram-sha-256) authentication, stopped
// when the test (or, for Shared, the package's tests) ends. It uses the binaries of Debian's
// postgresql package (`make deps` installs it): $SPTN_PG_BIN, then PATH, then
// /usr/lib/postgresql/<newest>/bin. A test skips, saying why, only when they are absent.
package pgtest

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/sptn/sptn/agents/internal/ports"
)

// User and Password are the superuser the server is created with.
const (
	User     = "sptn"
	Password = "pgtest-password"
)

// Server is a running throwaway PostgreSQL server.
type Server struct {
	bin  string
	dir  string // data directory
	log  string
	port int  // the port, also while stopped
	up   bool // running
	cred *syscall.Credential
	// PasswordFile holds Password, mode 0600, as the node reads it.
	PasswordFile string
}

// Bin finds the directory of initdb and pg_ctl, or says why there is none.
func Bin() (string, error) {
	if d := os.Getenv("SPTN_PG_BIN"); d != "" {
		return d, nil
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if _, err := exec.LookPath("initdb"); err == nil {
			return filepath.Dir(p), nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", fmt.Errorf("pgtest: no PostgreSQL server binaries (initdb, pg_ctl) in $SPTN_PG_BIN, PATH or " +
		"/usr/lib/postgresql/*/bin: run `make deps`, which installs Debian's postgresql package")
}

func version(dir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return v
}

// Start creates and starts a server in t.TempDir(), stopped when the test ends; it skips the
// test when the binaries are absent.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := Bin()
	if err != nil {
		t.Skip(err.Error())
	}
	s, err := New(bin, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s
}

// New creates a cluster in dir (an empty directory) with the binaries in bin and starts it.
func New(bin, root string) (*Server, error) {
	s := &Server{bin: bin, dir: filepath.Join(root, "data"), log: filepath.Join(root, "postgres.log"),
		PasswordFile: filepath.Join(root, "password")}
	if err := os.WriteFile(s.PasswordFile, []byte(Password+"\n"), 0o600); err != nil {
		return nil, err
	}
	pwfile := filepath.Join(root, "initdb-password")
	if err := os.WriteFile(pwfile, []byte(Password+"\n"), 0o600); err != nil {
		return nil, err
	}
	if err := os.WriteFile(s.log, nil, 0o600); err != nil {
		return nil, err
	}
	if err := os.Mkdir(s.dir, 0o700); err != nil {
		return nil, err
	}
	if os.Geteuid() == 0 {
		// postgres refuses to run as root: run it as the postgres (or nobody) user, which must
		// reach the directory and own what it writes.
		cred, err := serverUser()
		if err != nil {
			return nil, err
		}
		s.cred = cred
		for _, d := range []string{filepath.Dir(root), root} {
			if st, err := os.Stat(d); err == nil && st.Mode().Perm()&0o011 != 0o011 {
				if err := os.Chmod(d, st.Mode().Perm()|0o011); err != nil {
					return nil, err
				}
			}
		}
		for _, f := range []string{pwfile, s.log, s.dir} {
			if err := os.Chown(f, int(cred.Uid), int(cred.Gid)); err != nil {
				return nil, err
			}
		}
	}
	out, err := s.command("initdb", "-D", s.dir, "-U", User, "--pwfile", pwfile, "--auth-local=scram-sha-256",
		"--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync", "--no-instructions").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("pgtest: initdb: %v\n%s", err, out)
	}
	var last error
	for range 5 {
		port, err := ports.Free()
		if err != nil {
			return nil, err
		}
		if last = s.start(port); last == nil {
			return s, nil
		}
	}
	return nil, fmt.Errorf("pgtest: start PostgreSQL: %v\n%s", last, s.Log())
}

func serverUser() (*syscall.Credential, error) {
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, fmt.Errorf("pgtest: running as root and there is no postgres or nobody user to run PostgreSQL as")
}

func (s *Server) command(name string, args ...string) *exec.Cmd {
	c := exec.Command(filepath.Join(s.bin, name), args...)
	if s.cred != nil {
		c.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	c.Env = append(os.Environ(), "LC_ALL=C", "TZ=UTC")
	return c
}

func (s *Server) start(port int) error {
	// fsync off: a throwaway server, whose machine does not crash under it (its process may:
	// Stop kills it, and a commit must survive that, so synchronous_commit stays on); unix
	// sockets off: the tests connect over TCP.
	opts := fmt.Sprintf("-p %d -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off "+
		"-c full_page_writes=off -c max_connections=200", port)
	out, err := s.command("pg_ctl", "-D", s.dir, "-l", s.log, "-o", opts, "-w", "-t", "30", "start").CombinedOutput()
	if err != nil {
		return fmt.Errorf("pg_ctl start: %v: %s", err, out)
	}
	s.port, s.up = port, true
	return nil
}

// Stop stops the server at once (pg_ctl stop -m immediate: as if killed); stopping a stopped
// server is a no-op.
func (s *Server) Stop() {
	if !s.up {
		return
	}
	_ = s.command("pg_ctl", "-D", s.dir, "-m", "immediate", "-w", "stop").Run()
	s.up = false
}

// Restart starts a stopped server again, on the same port, with its data.
func (s *Server) Restart() error {
	if s.up {
		return fmt.Errorf("pgtest: Restart of a running server")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := s.start(s.port)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// URL is the URL of the server's database postgres, as the node is configured with it: without
// the password (in PasswordFile).
func (s *Server) URL() string { return s.DatabaseURL("postgres") }

// DatabaseURL is the URL of database db on the server. Its connect timeout is generous: make test
// runs several packages' nodes at once on two cores, and a session's start (SCRAM included) has
// been seen to take longer than two seconds there; a stopped server is refused at once anyway.
func (s *Server) DatabaseURL(db string) string {
	u := url.URL{Scheme: "postgres", User: url.User(User), Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)), Path: "/" + db,
		RawQuery: "sslmode=disable&connect_timeout=10"}
	return u.String()
}

var dbSeq atomic.Uint64

// NewDatabase creates an empty database on the server and returns its URL.
func (s *Server) NewDatabase(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("test_%d_%d", os.Getpid(), dbSeq.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cc, err := pgx.ParseConfig(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	cc.Password = Password
	conn, err := pgx.ConnectConfig(ctx, cc)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	return s.DatabaseURL(name)
}

// Log is the server's log so far.
func (s *Server) Log() string {
	b, _ := os.ReadFile(s.log)
	return strings.TrimSpace(string(b))
}

// Shared is one server for a package's tests, started by the first test that asks for it and
// stopped by Close (from TestMain); each test takes its own database (NewDatabase).
type Shared struct {
	once sync.Once
	s    *Server
	dir  string
	err  error
}

// Get returns the shared server, starting it on first use; it skips the test when the
// binaries are absent.
func (sh *Shared) Get(t testing.TB) *Server {
	t.Helper()
	bin, err := Bin()
	if err != nil {
		t.Skip(err.Error())
	}
	sh.once.Do(func() {
		if sh.dir, sh.err = os.MkdirTemp("", "pgtest-"); sh.err == nil {
			sh.s, sh.err = New(bin, sh.dir)
		}
	})
	if sh.err != nil {
		t.Fatal(sh.err)
	}
	return sh.s
}

// Close stops the server, if it started, and removes its directory.
func (sh *Shared) Close() {
	if sh.s != nil {
		sh.s.Stop()
	}
	if sh.dir != "" {
		_ = os.RemoveAll(sh.dir)
	}
}
