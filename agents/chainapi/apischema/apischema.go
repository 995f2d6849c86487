// Package apischema checks JSON against docs/api/api.schema.json, the one definition of the chain
// API's answers that docs/api.md documents: tests validate the node's real answers and the
// documentation's examples with it, so that neither can drift from the other.
package apischema

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Names of the answers defined in the schema ($defs), one per kind of answer.
const (
	Tips      = "tips"
	Block     = "block"
	Tx        = "tx"
	Slot      = "slot"
	Submitted = "submitted"
	Batch     = "batch"
	Error     = "error"
	// The sentinel's record of every committee member.
	Validators = "validators"
	Validator  = "validator"
)

// Answers are every answer the schema defines.
var Answers = []string{Tips, Block, Tx, Slot, Submitted, Batch, Error, Validators, Validator}

// SchemaPath and DocPath are the schema and the page that documents it, from the repository root.
const (
	SchemaPath = "docs/api/api.schema.json"
	DocPath    = "docs/api.md"
)

// Root is the repository root: the nearest directory at or above the working directory that
// holds go.mod (tests run in their package's directory).
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("apischema: no go.mod above the working directory")
		}
		dir = up
	}
}

var (
	once    sync.Once
	schemas map[string]*jsonschema.Schema
	loadErr error
)

func load() (map[string]*jsonschema.Schema, error) {
	once.Do(func() {
		root, err := Root()
		if err != nil {
			loadErr = err
			return
		}
		path := filepath.Join(root, SchemaPath)
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		out := map[string]*jsonschema.Schema{}
		for _, name := range Answers {
			s, err := c.Compile(path + "#/$defs/" + name)
			if err != nil {
				loadErr = fmt.Errorf("apischema: compile %s#/$defs/%s: %w", SchemaPath, name, err)
				return
			}
			out[name] = s
		}
		schemas = out
	})
	return schemas, loadErr
}

// Validate checks body, one JSON document, against the schema's definition of answer.
func Validate(answer string, body []byte) error {
	all, err := load()
	if err != nil {
		return err
	}
	s, ok := all[answer]
	if !ok {
		return fmt.Errorf("apischema: no answer %q in %s", answer, SchemaPath)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("apischema: %s is not JSON: %w: %.200s", answer, err, body)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("apischema: not a %s answer as %s defines it: %w\n%.2000s", answer, SchemaPath, err, body)
	}
	return nil
}

// Example is a JSON example of the documentation, with the answer it claims to be.
type Example struct {
	Answer string
	Line   int
	JSON   []byte
}

// exampleRE matches `<!-- schema: NAME -->` followed by a fenced json block.
var exampleRE = regexp.MustCompile("(?s)<!-- schema: ([a-z]+) -->\\s*```json\\n(.*?)```")

// Examples are the examples of docs/api.md, each marked with the answer it shows.
func Examples() ([]Example, error) {
	root, err := Root()
	if err != nil {
		return nil, err
	}
	doc, err := os.ReadFile(filepath.Join(root, DocPath))
	if err != nil {
		return nil, err
	}
	var out []Example
	for _, m := range exampleRE.FindAllSubmatchIndex(doc, -1) {
		out = append(out, Example{
			Answer: string(doc[m[2]:m[3]]),
			Line:   bytes.Count(doc[:m[0]], []byte("\n")) + 1,
			JSON:   doc[m[4]:m[5]],
		})
	}
	return out, nil
}
