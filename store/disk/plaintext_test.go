package disk

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writePrimitives are the calls that put a new file on disk.
var writePrimitives = []string{"WriteExport", "WriteFile", "Create"}

// plaintextWriters says, for every function of the module that writes a
// file (a writePrimitives call, or a call of a wrapper below), why the
// person is warned when it writes in clear from an encrypted notebook.
// A function that calls PlaintextWarning itself needs no entry. Kinds:
//
//	"wrapper"       writes only what its callers hand it: they are checked
//	"warned by F"   F, which every use goes through, calls PlaintextWarning
//	"sealed"        writes the notebook's own bytes, encrypted if it is
//	"not notes"     writes nothing from the notebook
//	"pending"       does not warn yet: the coordinator switches it over
var plaintextWriters = map[string]string{
	"main.emit":                   "warned by main.readOnly", // export, brief, ask: readerFlags.open reads through readOnly
	"disk.WriteNewExport":         "wrapper",
	"disk.File.writeConflictCopy": "sealed",    // the notebook sealed, or a file of it as it was on disk
	"goldenfile.Equal":            "not notes", // -update of test goldens
	"main.write":                  "not notes", // internal/pictures: the docs' pictures of the demo
	// Tests only: another program's write into a fictional notebook in a
	// test's temporary folder.
	"fixture.LateWriteError": "not notes",
}

// TestEveryPlaintextWriterWarns finds every function of the module that
// writes a file and checks that it asks PlaintextWarning, or is listed in
// plaintextWriters with a reason that holds. A new writer without either
// fails here; so does a listed one that no longer writes, and a pending
// one that now warns (take it off the list).
func TestEveryPlaintextWriterWarns(t *testing.T) {
	funcs := moduleFuncs(t)
	wrappers := map[string]bool{}
	for name, kind := range plaintextWriters {
		if kind == "wrapper" {
			wrappers[name] = true
		}
	}
	writers := map[string]bool{}
	for name, fn := range funcs {
		if callsAny(fn.body, fn.pkg, writePrimitives, wrappers) {
			writers[name] = true
		}
	}
	var pending, all []string
	for name := range writers {
		all = append(all, name)
		kind, listed := plaintextWriters[name]
		warns := callsAny(funcs[name].body, funcs[name].pkg, []string{"PlaintextWarning"}, nil)
		switch {
		case kind == "pending" && warns:
			t.Errorf("%s warns now: take it off plaintextWriters", name)
		case kind == "pending":
			pending = append(pending, name)
		case warns || kind == "wrapper" || kind == "sealed" || kind == "not notes":
		case strings.HasPrefix(kind, "warned by "):
			by := strings.TrimPrefix(kind, "warned by ")
			if f, ok := funcs[by]; !ok || !callsAny(f.body, f.pkg, []string{"PlaintextWarning"}, nil) {
				t.Errorf("%s is listed as warned by %s, which does not call PlaintextWarning", name, by)
			}
		case !listed:
			t.Errorf("%s writes a file but never asks disk.PlaintextWarning: call it, or list it in plaintextWriters with why", name)
		default:
			t.Errorf("%s: unknown kind %q", name, kind)
		}
	}
	for name, kind := range plaintextWriters {
		if !writers[name] && kind != "not notes" {
			t.Errorf("%s is listed in plaintextWriters but writes no file (renamed?)", name)
		}
	}
	if len(writers) < 5 {
		t.Fatalf("found only %d writers: the scan is broken", len(writers))
	}
	slices.Sort(pending)
	slices.Sort(all)
	t.Logf("writers: %s; not warning yet (pending): %s", strings.Join(all, ", "), strings.Join(pending, ", "))
}

// moduleFunc is a function declared in the module: its body and package.
type moduleFunc struct {
	pkg  string
	body *ast.BlockStmt
}

// moduleFuncs parses every non-test Go file of the module and returns its
// functions by "package.Name" or "package.Receiver.Name".
func moduleFuncs(t *testing.T) map[string]moduleFunc {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]moduleFunc{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		pkg := file.Name.Name
		for _, decl := range file.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			name := pkg + "." + fn.Name.Name
			if fn.Recv != nil && len(fn.Recv.List) == 1 {
				name = pkg + "." + receiverName(fn.Recv.List[0].Type) + "." + fn.Name.Name
			}
			out[name] = moduleFunc{pkg: pkg, body: fn.Body}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// receiverName is the type name of a method's receiver.
func receiverName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return receiverName(e.X)
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return receiverName(e.X)
	}
	return ""
}

// callsAny reports whether body calls a function named one of names (as
// pkg.Name or a bare Name), or one of wrappers ("package.Func" or
// "package.Type.Method") of the package pkg, by its bare name or as a
// method.
func callsAny(body *ast.BlockStmt, pkg string, names []string, wrappers map[string]bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		var name, qualified string
		switch fun := call.Fun.(type) {
		case *ast.Ident:
			name = fun.Name
		case *ast.SelectorExpr:
			name = fun.Sel.Name
			if x, ok := fun.X.(*ast.Ident); ok {
				qualified = x.Name + "." + name // disk.WriteNewExport from another package
			}
		}
		if slices.Contains(names, name) {
			found = true
		}
		for w := range wrappers {
			parts := strings.Split(w, ".")
			if parts[0] == pkg && parts[len(parts)-1] == name || w == qualified {
				found = true
			}
		}
		return !found
	})
	return found
}

// TestPlaintextWarning: a warning for an encrypted notebook that names
// what is written, nothing for a plaintext one.
func TestPlaintextWarning(t *testing.T) {
	if got := PlaintextWarning(false, "The draft"); got != "" {
		t.Errorf("plaintext notebook: %q", got)
	}
	got := PlaintextWarning(true, "The draft")
	if !strings.HasPrefix(got, "The draft is not encrypted") || !strings.Contains(got, "anyone who can read it") {
		t.Errorf("encrypted notebook: %q", got)
	}
}
