// Package goldenfile compares test output with a file under testdata/,
// for the packages whose goldens are named by what they hold (demo.csv,
// brief-for.md) rather than by test name. Importing it gives the test
// binary an -update flag that rewrites the files instead:
// go test ./export/ -update.
package goldenfile

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Equal compares got with testdata/name, or writes it there under -update.
func Equal(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update in this package to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test with -update in this package\n--- got ---\n%s", name, got)
	}
}
