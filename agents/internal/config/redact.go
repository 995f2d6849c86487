package config

import (
	"net/url"
	"sort"
	"strings"
)

// Redacted replaces a secret.
const Redacted = "<redacted>"

// secretSuffixes mark keys whose values are secrets wherever they appear.
var secretSuffixes = []string{"password", "secret", "private-key", "token", "api-key"}

// Redact hides the secret parts of a value: the user info, path and query of a URL (RPC
// providers put API keys there). Other strings are returned as they are.
func Redact(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return s
	}
	redacted := false
	if u.User != nil {
		u.User = url.User(Redacted)
		redacted = true
	}
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		u.Path, u.RawPath, u.RawQuery, u.Fragment = "/"+Redacted, "", "", ""
		redacted = true
	}
	if !redacted {
		return s
	}
	return strings.Replace(u.String(), url.PathEscape(Redacted), Redacted, -1)
}

// RedactSettings returns a copy of viper's nested settings with secrets redacted: every value
// under a key ending in password, secret, private-key, token or api-key, and the secret parts
// of every URL.
func RedactSettings(settings map[string]any) map[string]any {
	out := make(map[string]any, len(settings))
	for k, v := range settings {
		out[k] = redactValue(k, v)
	}
	return out
}

func redactValue(key string, v any) any {
	for _, s := range secretSuffixes {
		if strings.HasSuffix(strings.ToLower(key), s) {
			if v == nil || v == "" {
				return v
			}
			return Redacted
		}
	}
	switch x := v.(type) {
	case map[string]any:
		return RedactSettings(x)
	case string:
		return Redact(x)
	case []string:
		out := make([]string, len(x))
		for i, s := range x {
			out[i] = Redact(s)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = redactValue(key, e)
		}
		return out
	default:
		return v
	}
}

// SortedKeys returns the keys of m in order (for stable printing).
func SortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
