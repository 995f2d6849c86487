package devnet

import (
	"fmt"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"
)

// setting is one agent config key (dotted, as in docs/config.md) and its value: a string or a
// list of strings.
type setting struct {
	key string
	val any
}

// settings are an agent's config keys in order. The devnet hands them to agents either as
// SPTN_* environment variables or as a config file, which is what `sptn devnet export` writes for
// nodes on separate machines.
type settings []setting

func (s *settings) set(key string, val any) { *s = append(*s, setting{key, val}) }

// envName is the environment variable of a config key: SPTN_ + the key upper-cased with '.' and
// '-' turned into '_'.
func envName(key string) string {
	return "SPTN_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
}

// env renders the settings as SPTN_* variables (lists comma-separated).
func (s settings) env() []string {
	out := make([]string, 0, len(s))
	for _, kv := range s {
		v := kv.val
		if l, ok := v.([]string); ok {
			v = strings.Join(l, ",")
		}
		out = append(out, fmt.Sprintf("%s=%v", envName(kv.key), v))
	}
	return out
}

// yaml renders the settings as a config file: one mapping per dotted section.
func (s settings) yaml() ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode}
	for _, kv := range s {
		m := root
		parts := strings.Split(kv.key, ".")
		for _, sec := range parts[:len(parts)-1] {
			m = child(m, sec)
		}
		var v yaml.Node
		if err := v.Encode(kv.val); err != nil {
			return nil, fmt.Errorf("%s: %w", kv.key, err)
		}
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: parts[len(parts)-1]}, &v)
	}
	return yaml.Marshal(root)
}

// child is the mapping under key in m, added if missing.
func child(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	c := &yaml.Node{Kind: yaml.MappingNode}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, c)
	return c
}

// writeFile writes the settings as a YAML config file with a header comment.
func (s settings) writeFile(path, header string) error {
	raw, err := s.yaml()
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		b.WriteString("# " + l + "\n")
	}
	b.Write(raw)
	return os.WriteFile(path, []byte(b.String()), 0o600)
}
