package l1

import (
	"errors"
	"fmt"
	"net/url"

	"github.com/sptn/sptn/agents/internal/config"
)

// redactedError is an error whose text has the URLs' secrets hidden; it wraps the original, so
// that errors.Is and errors.As (a revert's data, ethereum.NotFound) see through it.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// redact hides the secret parts of every URL in err (RPC providers put API keys in the path and
// query; go-ethereum's rpc client, net/http and retryablehttp quote the whole URL in their
// errors): in the text, and in the *url.Error it carries.
func redact(err error) error {
	if err == nil {
		return nil
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = config.Redact(ue.URL)
	}
	msg := err.Error()
	if r := config.RedactText(msg); r != msg {
		return &redactedError{msg: r, err: err}
	}
	return err
}

// redactValue redacts a log attribute's value: URLs in strings, errors and *url.URL.
func redactValue(v any) any {
	switch x := v.(type) {
	case string:
		return config.RedactText(x)
	case error:
		return redact(x).Error()
	case *url.URL:
		if x == nil {
			return x
		}
		return config.Redact(x.String())
	case fmt.Stringer:
		return config.RedactText(x.String())
	default:
		return v
	}
}
