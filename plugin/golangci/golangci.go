// Package golangci makes obslint's passes golangci-lint v2 module plugins.
// Importing it registers one plugin per pass, under the pass's name:
// golangci-lint reports a plugin's findings under the plugin's name, so
// //nolint:ctxsever and the other per-pass directives work as users expect.
//
// A plugin's settings are the pass's flags: each key names a flag, a list
// is joined with commas, and the value is set with the flag's own Set on a
// fresh instance of the analyzer, the same code path as the command line.
//
//	linters:
//	  settings:
//	    custom:
//	      slogattrs:
//	        type: module
//	        settings:
//	          require: [trace_id, span_id]   # -require=trace_id,span_id
//
// A key that is not one of the pass's flags is an error naming the plugin
// and the key. See .golangci.example.yml at the repository's root.
package golangci

import (
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/suite"
)

func init() {
	for _, p := range suite.Passes() {
		register.Plugin(p.Name, newPlugin(p))
	}
}

// newPlugin returns the constructor golangci-lint calls with the
// plugin's raw settings.
func newPlugin(p suite.Pass) register.NewPlugin {
	return func(conf any) (register.LinterPlugin, error) {
		settings, err := register.DecodeSettings[map[string]any](conf)
		if err != nil {
			return nil, err
		}
		// Configure a throwaway instance now, so that a mistake in the
		// settings fails golangci-lint's start-up as a settings error.
		if err := configure(p.New(), settings); err != nil {
			return nil, err
		}
		return plugin{pass: p, settings: settings}, nil
	}
}

// plugin is one pass as a golangci-lint plugin.
type plugin struct {
	pass     suite.Pass
	settings map[string]any // validated by newPlugin; never modified
}

// BuildAnalyzers returns a fresh, configured instance of the pass's
// analyzer each time: golangci-lint may build analyzers more than once.
func (p plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a := p.pass.New()
	if err := configure(a, p.settings); err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{withRelatedInMessage(a)}, nil
}

// GetLoadMode asks for type information, which every pass needs.
func (plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// configure sets a's flags from the plugin settings, in key order so that
// the first error reported does not depend on map iteration.
func configure(a *analysis.Analyzer, settings map[string]any) error {
	for _, key := range slices.Sorted(maps.Keys(settings)) {
		if a.Flags.Lookup(key) == nil {
			return unknownSetting(a, key)
		}
		value, err := flagValue(settings[key])
		if err != nil {
			return fmt.Errorf("decoding settings: setting %q of obslint's %s: %v", key, a.Name, err)
		}
		if err := a.Flags.Set(key, value); err != nil {
			return fmt.Errorf("decoding settings: setting %q of obslint's %s: invalid value %q: %v", key, a.Name, value, err)
		}
	}
	return nil
}

func unknownSetting(a *analysis.Analyzer, key string) error {
	var known []string // VisitAll visits in lexical order
	a.Flags.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
	if len(known) == 0 {
		return fmt.Errorf("decoding settings: unknown setting %q: obslint's %s has no settings", key, a.Name)
	}
	return fmt.Errorf("decoding settings: unknown setting %q for obslint's %s (known settings: %s)",
		key, a.Name, strings.Join(known, ", "))
}

// flagValue returns the command-line form of a setting's JSON-decoded
// value: scalars as written, a list joined with commas, null as empty.
func flagValue(v any) (string, error) {
	if list, ok := v.([]any); ok {
		elems := make([]string, len(list))
		for i, e := range list {
			s, err := scalar(e)
			if err != nil {
				return "", fmt.Errorf("list element %d: %v", i+1, err)
			}
			elems[i] = s
		}
		return strings.Join(elems, ","), nil
	}
	if v == nil {
		return "", nil
	}
	return scalar(v)
}

func scalar(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	default:
		return "", fmt.Errorf("want a string, number, boolean or a list of them, not %s", jsonKind(v))
	}
}

// jsonKind names the kind of a JSON-decoded value the way YAML users know it.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case []any:
		return "a nested list"
	case map[string]any:
		return "a mapping"
	default:
		return fmt.Sprintf("%T", v)
	}
}
