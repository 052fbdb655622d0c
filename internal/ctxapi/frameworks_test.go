package ctxapi_test

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/obslint/obslint/internal/ctxapi"
)

// Stubs of the frameworks, as much of them as the test uses.
var frameworkStubs = map[string]string{
	"github.com/gin-gonic/gin": `package gin
import ("net/http"; "time")
type Context struct{ Request *http.Request }
func (c *Context) Copy() *Context                  { return c }
func (c *Context) Deadline() (time.Time, bool)     { return time.Time{}, false }
func (c *Context) Done() <-chan struct{}           { return nil }
func (c *Context) Err() error                      { return nil }
func (c *Context) Value(key any) any               { return nil }`,
	"github.com/labstack/echo/v4": `package echo
import "net/http"
type Context interface{ Request() *http.Request }`,
	"github.com/gofiber/fiber/v2": `package fiber
import "context"
type RequestCtx struct{}
type Ctx struct{}
func (c *Ctx) Context() *RequestCtx         { return nil }
func (c *Ctx) UserContext() context.Context { return nil }`,
	"connectrpc.com/connect": `package connect
type Request[T any] struct{ Msg *T }`,
	"google.golang.org/grpc": `package grpc
type UnaryServerInfo struct{ FullMethod string }`,
}

const frameworksSrc = `package p

import (
	"context"
	"net/http"
	"testing"

	"connectrpc.com/connect"
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"google.golang.org/grpc"
)

type UnimplementedGreeterServer struct{}
type server struct{ UnimplementedGreeterServer }
type plain struct{}

var (
	ctx  context.Context
	r    *http.Request
	g    *gin.Context
	e    echo.Context
	f    *fiber.Ctx
	cr   *connect.Request[int]
	info *grpc.UnaryServerInfo
	tt   *testing.T
	w    http.ResponseWriter
	s    *server
	p    plain

	_ = r.Context()
	_ = e.Request().Context()
	_ = f.UserContext()
	_ = f.Context()
	_ = e.Request()
)
`

func TestFrameworks(t *testing.T) {
	_, file, pkg, info := typecheck(t, frameworkStubs, frameworksSrc)
	typeOf := func(name string) types.Type { return pkg.Scope().Lookup(name).Type() }

	for name, want := range map[string]struct {
		accessor           string
		carries, framework bool
	}{
		"ctx":  {"", true, false},
		"r":    {".Context()", true, false},
		"g":    {"", true, true},
		"e":    {".Request().Context()", true, true},
		"f":    {".UserContext()", true, true},
		"cr":   {"-", false, true},
		"info": {"-", false, true},
		"tt":   {"-", false, false},
		"w":    {"-", false, false},
	} {
		accessor, ok := ctxapi.ContextAccessor(typeOf(name))
		if !ok {
			accessor = "-"
		}
		if accessor != want.accessor || ok != want.carries {
			t.Errorf("ContextAccessor(%s) = %q, %v; want %q, %v", name, accessor, ok, want.accessor, want.carries)
		}
		if got := ctxapi.FrameworkRequest(typeOf(name)); got != want.framework {
			t.Errorf("FrameworkRequest(%s) = %v, want %v", name, got, want.framework)
		}
	}
	if !ctxapi.IsGRPCServer(typeOf("s")) || ctxapi.IsGRPCServer(typeOf("p")) {
		t.Errorf("IsGRPCServer: want true for a type embedding Unimplemented…Server, false for another")
	}

	// The blank values, in order: the accessor calls yield their
	// carrier's context; f.Context() (fasthttp's) and e.Request() do not.
	want := []string{"r", "e", "f", "", ""}
	var got []string
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gen.Specs {
			vs, ok := spec.(*ast.ValueSpec)
			if !ok || vs.Names[0].Name != "_" {
				continue
			}
			carrier := ""
			if x := ctxapi.AccessedContext(info, vs.Values[0]); x != nil {
				carrier = types.ExprString(x)
			}
			got = append(got, carrier)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("AccessedContext answers %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("AccessedContext of value %d = %q, want %q", i, got[i], want[i])
		}
	}
}
