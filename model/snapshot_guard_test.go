package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnswerMapsAreNeverWrittenInPlace reads the model's source: no code
// may assign into, or delete from, a therapist's Answers or PartnerAnswers
// map. A save runs on a Snapshot that shares those maps with the live
// notebook (store.Notebook.Snapshot), so an in-place write would change a
// notebook being encoded on another goroutine: a data race that can crash
// the program, or a file holding an edit made after the save began. Use
// Therapist.SetAnswer, SetPartnerAnswer, ClearAnswer, ClearPartnerAnswer.
func TestAnswerMapsAreNeverWrittenInPlace(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	more, err := filepath.Glob("*/*.go")
	if err != nil {
		t.Fatal(err)
	}
	isAnswerMap := func(e ast.Expr) bool {
		sel, ok := e.(*ast.SelectorExpr)
		return ok && (sel.Sel.Name == "Answers" || sel.Sel.Name == "PartnerAnswers")
	}
	checked := 0
	fset := token.NewFileSet()
	for _, name := range append(files, more...) {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					if ix, ok := lhs.(*ast.IndexExpr); ok && isAnswerMap(ix.X) {
						t.Errorf("%s: writes into an answer map in place", fset.Position(n.Pos()))
					}
				}
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "delete" && len(n.Args) > 0 && isAnswerMap(n.Args[0]) {
					t.Errorf("%s: deletes from an answer map in place", fset.Position(n.Pos()))
				}
			}
			return true
		})
	}
	if checked < 10 {
		t.Fatalf("read only %d source files; the test is not looking where the model is", checked)
	}
}
