package config

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cast"
	"github.com/spf13/viper"
)

// Redacted replaces a secret.
const Redacted = "<redacted>"

// secretSuffixes mark keys whose values are secrets wherever they appear.
var secretSuffixes = []string{"password", "secret", "private-key", "token", "api-key"}

// Redact hides the secret parts of a value: the user info, path and query of a URL (RPC
// providers put API keys there). A value with a scheme that does not parse as a URL, or parses
// without a host but with user info or a query, keeps only its scheme: url.Parse's error and a
// host-less URL still hold whatever password is in them. Other strings are returned as they are.
func Redact(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" {
		scheme, rest, ok := strings.Cut(s, "://")
		switch {
		case !ok || rest == "" || strings.ContainsAny(scheme, "/@:?# "):
			return s
		case err != nil, u.User != nil, u.RawQuery != "", u.Fragment != "":
			return scheme + "://" + Redacted
		}
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

// urlInText finds URLs in free text: a scheme, "://", and everything up to a space or a quote.
var urlInText = regexp.MustCompile(`(?i)\b[a-z][a-z0-9+.-]*://[^\s"'<>` + "`" + `]+`)

// RedactText redacts every URL in free text (an error message, a log line), as Redact does.
func RedactText(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	return urlInText.ReplaceAllStringFunc(s, Redact)
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

// Effective is what `sptn config print` shows: every setting, known keys coerced to their
// default's type (the environment gives strings), durations in their text form, secrets
// redacted.
func Effective(v *viper.Viper, extra ...Key) map[string]any {
	all := v.AllSettings()
	for _, k := range append(slices.Clone(BaseKeys), extra...) {
		setPath(all, strings.Split(k.Name, "."), typed(v.Get(k.Name), k.Default))
	}
	return printable(RedactSettings(all)).(map[string]any)
}

func typed(val, def any) any {
	var out any
	var err error
	switch def.(type) {
	case uint64:
		out, err = cast.ToUint64E(val)
	case int:
		out, err = cast.ToIntE(val)
	case float64:
		out, err = cast.ToFloat64E(val)
	case time.Duration:
		out, err = cast.ToDurationE(val)
	case []string:
		out, err = cast.ToStringSliceE(val)
		if s, ok := val.(string); ok {
			out, err = strings.Split(s, ","), nil
		}
	default:
		return val
	}
	if err != nil {
		return val // shown as given; decoding will name the bad key
	}
	return out
}

func setPath(m map[string]any, path []string, val any) {
	for _, p := range path[:len(path)-1] {
		next, ok := m[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[p] = next
		}
		m = next
	}
	m[path[len(path)-1]] = val
}

// printable turns durations into their text form so the YAML reads as it is written.
func printable(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = printable(e)
		}
		return out
	case time.Duration:
		return x.String()
	default:
		return v
	}
}
