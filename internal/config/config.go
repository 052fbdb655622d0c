// Package config is obslint's project configuration: which passes run and
// each pass's settings. The standalone command and `obslint sarif` read it
// from the file .obslint.yml, found by walking up from the working
// directory; the language server from the same file above the workspace
// root, then from the editor (LSP initializationOptions and
// workspace/didChangeConfiguration), in the same shape:
//
//	disable: [spanboundary]        # or enable: [ctxsever, slogattrs]
//	settings:
//	  slogattrs:
//	    require: [trace_id, span_id]   # -slogattrs.require=trace_id,span_id
//
// A setting is a pass's flag, a list written as a list; command-line flags
// override the file. golangci-lint does not read this file: it has its own
// configuration.
package config

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/suite"
)

// FileName is the name of the project configuration file.
const FileName = ".obslint.yml"

// Config is a project configuration. The zero Config runs every pass with
// its defaults.
type Config struct {
	// Enable, if not empty, lists the passes to run; Disable those not to.
	Enable  []string `yaml:"enable" json:"enable"`
	Disable []string `yaml:"disable" json:"disable"`
	// Settings are each pass's flags, by pass name and flag name.
	Settings map[string]map[string]any `yaml:"settings" json:"settings"`
	// Source names where the configuration came from, for messages.
	Source string `yaml:"-" json:"-"`
}

// Find reads the first FileName in dir or a directory above it; with none,
// it returns the zero Config.
func Find(dir string) (*Config, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for {
		file := filepath.Join(dir, FileName)
		data, err := os.ReadFile(file)
		switch {
		case err == nil:
			return ParseYAML(file, data)
		case !errors.Is(err, fs.ErrNotExist):
			return nil, err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return &Config{}, nil
		}
		dir = parent
	}
}

// ParseYAML parses the configuration file named file. Unknown keys are
// errors.
func ParseYAML(file string, data []byte) (*Config, error) {
	c := &Config{Source: file}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) { // an empty file is the zero Config
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return c, c.check()
}

// ParseJSON parses a configuration an editor sent; source names it.
// Unknown keys are errors. A null or empty value is the zero Config.
func ParseJSON(source string, data []byte) (*Config, error) {
	c := &Config{Source: source}
	if len(bytes.TrimSpace(data)) == 0 || string(bytes.TrimSpace(data)) == "null" {
		return c, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		return nil, fmt.Errorf("%s: %v", source, err)
	}
	return c, c.check()
}

// check reports names that are not passes, and settings of passes that do
// not have them, naming the source and the valid names.
func (c *Config) check() error {
	byName := make(map[string]suite.Pass)
	var names []string
	for _, p := range suite.Passes() {
		byName[p.Name] = p
		names = append(names, p.Name)
	}
	for _, list := range []struct {
		key   string
		names []string
	}{{"enable", c.Enable}, {"disable", c.Disable}, {"settings", slices.Sorted(maps.Keys(c.Settings))}} {
		for _, name := range list.names {
			if _, ok := byName[name]; !ok {
				return fmt.Errorf("%s: %s: no pass %q; the passes are %s", c.Source, list.key, name, strings.Join(names, ", "))
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(c.Settings)) {
		if _, err := c.configure(byName[name].New(), c.Settings[name]); err != nil {
			return err
		}
	}
	return nil
}

// Merge returns c with over's choices on top: over's enable/disable lists
// replace c's when set, and its settings replace c's one by one.
func (c *Config) Merge(over *Config) *Config {
	m := &Config{Enable: c.Enable, Disable: c.Disable, Settings: make(map[string]map[string]any), Source: c.Source}
	if len(over.Enable) > 0 || len(over.Disable) > 0 {
		m.Enable, m.Disable = over.Enable, over.Disable
	}
	for _, src := range []*Config{c, over} {
		for pass, settings := range src.Settings {
			if m.Settings[pass] == nil {
				m.Settings[pass] = make(map[string]any)
			}
			maps.Copy(m.Settings[pass], settings)
		}
	}
	if c.Source != "" && over.Source != "" {
		m.Source = c.Source + " and " + over.Source
	} else {
		m.Source = cmp.Or(over.Source, c.Source)
	}
	return m
}

// Analyzers returns fresh instances of all passes configured with c's
// settings, and the subset that c enables.
func (c *Config) Analyzers() (all, enabled []*analysis.Analyzer, err error) {
	for _, p := range suite.Passes() {
		a, err := c.configure(p.New(), c.Settings[p.Name])
		if err != nil {
			return nil, nil, err
		}
		all = append(all, a)
		if c.Enables(p.Name) {
			enabled = append(enabled, a)
		}
	}
	return all, enabled, nil
}

// Enables reports whether c runs the pass named name.
func (c *Config) Enables(name string) bool {
	return (len(c.Enable) == 0 || slices.Contains(c.Enable, name)) && !slices.Contains(c.Disable, name)
}

// configure sets a's flags from settings, in key order.
func (c *Config) configure(a *analysis.Analyzer, settings map[string]any) (*analysis.Analyzer, error) {
	for _, key := range slices.Sorted(maps.Keys(settings)) {
		if a.Flags.Lookup(key) == nil {
			var known []string
			a.Flags.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
			if len(known) == 0 {
				return nil, fmt.Errorf("%s: settings.%s: no setting %q: %s has no settings", c.Source, a.Name, key, a.Name)
			}
			return nil, fmt.Errorf("%s: settings.%s: no setting %q; %s's settings are %s", c.Source, a.Name, key, a.Name, strings.Join(known, ", "))
		}
		value, err := flagValue(settings[key])
		if err == nil {
			err = a.Flags.Set(key, value)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: settings.%s.%s: %v", c.Source, a.Name, key, err)
		}
	}
	return a, nil
}

// flagValue returns the command-line form of a setting: scalars as
// written, a list joined with commas, null as empty.
func flagValue(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case []any:
		elems := make([]string, len(v))
		for i, e := range v {
			s, err := flagValue(e)
			if _, nested := e.([]any); nested || err != nil {
				return "", fmt.Errorf("list element %d: want a string, number or boolean", i+1)
			}
			elems[i] = s
		}
		return strings.Join(elems, ","), nil
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case int:
		return strconv.Itoa(v), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	}
	return "", fmt.Errorf("want a string, number, boolean or a list of them, not %T", v)
}
