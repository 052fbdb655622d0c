package lsp

import "encoding/json"

// The subset of the Language Server Protocol 3.17 that the server speaks.
// Positions are 0-based lines and UTF-16 columns, the protocol's default
// and the only encoding every client supports.

type initializeParams struct {
	RootURI               string          `json:"rootUri"`
	RootPath              string          `json:"rootPath"`
	InitializationOptions json.RawMessage `json:"initializationOptions"`
}

// rootDir is the workspace root's directory, "" if the client names none.
func (p initializeParams) rootDir() string {
	if p.RootURI != "" {
		if dir, err := uriToPath(p.RootURI); err == nil {
			return dir
		}
	}
	return p.RootPath
}

type didChangeConfigurationParams struct {
	Settings json.RawMessage `json:"settings"`
}

// obslintSettings are obslint's settings: the "obslint" section of the
// settings when the client sends all of them (VS Code), else the whole.
func (p didChangeConfigurationParams) obslintSettings() json.RawMessage {
	var sections map[string]json.RawMessage
	if json.Unmarshal(p.Settings, &sections) == nil {
		if own, ok := sections["obslint"]; ok {
			return own
		}
	}
	return p.Settings
}

type initializeResult struct {
	Capabilities serverCapabilities `json:"capabilities"`
	ServerInfo   serverInfo         `json:"serverInfo"`
}

type serverInfo struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
}

type serverCapabilities struct {
	TextDocumentSync   textDocumentSyncOptions `json:"textDocumentSync"`
	CodeActionProvider codeActionOptions       `json:"codeActionProvider"`
}

// textDocumentSyncKind full: each change carries the whole document.
const syncFull = 1

type textDocumentSyncOptions struct {
	OpenClose bool        `json:"openClose"`
	Change    int         `json:"change"`
	Save      saveOptions `json:"save"`
}

type saveOptions struct {
	IncludeText bool `json:"includeText"`
}

type codeActionOptions struct {
	CodeActionKinds []string `json:"codeActionKinds"`
}

const quickFix = "quickfix"

type textDocumentIdentifier struct {
	URI string `json:"uri"`
}

type textDocumentItem struct {
	URI        string `json:"uri"`
	LanguageID string `json:"languageId"`
	Version    int32  `json:"version"`
	Text       string `json:"text"`
}

type didOpenParams struct {
	TextDocument textDocumentItem `json:"textDocument"`
}

type versionedTextDocumentIdentifier struct {
	URI     string `json:"uri"`
	Version int32  `json:"version"`
}

type didChangeParams struct {
	TextDocument   versionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []contentChange                 `json:"contentChanges"`
}

// contentChange is a whole-document change: the server asks for syncFull.
type contentChange struct {
	Range *Range `json:"range,omitempty"`
	Text  string `json:"text"`
}

type didSaveParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Text         *string                `json:"text,omitempty"`
}

type didCloseParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
}

// Position is a 0-based line and a 0-based column in UTF-16 code units.
type Position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

func (p Position) before(q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}

// Range is a half-open span of a document.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// overlaps reports whether r and s share a position; an empty range (a
// cursor) overlaps the ranges it touches.
func (r Range) overlaps(s Range) bool {
	return !r.End.before(s.Start) && !s.End.before(r.Start)
}

// Diagnostic severities.
const severityWarning = 2

// Diagnostic is an LSP diagnostic.
type Diagnostic struct {
	Range              Range                          `json:"range"`
	Severity           int                            `json:"severity"`
	Code               string                         `json:"code"`
	CodeDescription    *codeDescription               `json:"codeDescription,omitempty"`
	Source             string                         `json:"source"`
	Message            string                         `json:"message"`
	RelatedInformation []DiagnosticRelatedInformation `json:"relatedInformation,omitempty"`
}

// DiagnosticRelatedInformation is a position and message that explain a
// diagnostic: goroutinectx's "work the context governs" line.
type DiagnosticRelatedInformation struct {
	Location Location `json:"location"`
	Message  string   `json:"message"`
}

type Location struct {
	URI   string `json:"uri"`
	Range Range  `json:"range"`
}

type codeDescription struct {
	Href string `json:"href"`
}

// PublishDiagnosticsParams is the payload of textDocument/publishDiagnostics.
type PublishDiagnosticsParams struct {
	URI         string       `json:"uri"`
	Version     *int32       `json:"version,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

type codeActionParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Range        Range                  `json:"range"`
	Context      codeActionContext      `json:"context"`
}

type codeActionContext struct {
	Diagnostics []contextDiagnostic `json:"diagnostics"`
	Only        []string            `json:"only,omitempty"`
}

// contextDiagnostic is a diagnostic a client sends back, maybe another
// server's, whose code may be a number.
type contextDiagnostic struct {
	Range   Range  `json:"range"`
	Code    any    `json:"code"`
	Source  string `json:"source"`
	Message string `json:"message"`
}

// CodeAction is a quick fix.
type CodeAction struct {
	Title       string        `json:"title"`
	Kind        string        `json:"kind"`
	Diagnostics []Diagnostic  `json:"diagnostics"`
	IsPreferred bool          `json:"isPreferred,omitempty"`
	Edit        WorkspaceEdit `json:"edit"`
}

// WorkspaceEdit holds the edits of a fix, by document URI.
type WorkspaceEdit struct {
	Changes map[string][]TextEdit `json:"changes"`
}

// TextEdit replaces a range of a document.
type TextEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// Message types of window/logMessage and window/showMessage.
const (
	messageError   = 1
	messageWarning = 2
	messageInfo    = 3
)

type messageParams struct {
	Type    int    `json:"type"`
	Message string `json:"message"`
}
