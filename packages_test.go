package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Package sizes the code is held to (issue 13): a package is read whole by
// whoever changes it, so none grows past what a person can hold, and the
// root of model/ keeps only what the root alone may do.
const (
	maxPackageLines   = 2500
	maxModelRootLines = 2000
)

// TestPackagesStaySmall counts the lines of each package's non-test Go files
// (as `wc -l` does) and fails for any package over its limit.
func TestPackagesStaySmall(t *testing.T) {
	lines := map[string]int{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines[filepath.Dir(path)] += bytes.Count(data, []byte("\n"))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) < 10 {
		t.Fatalf("found only %d packages: %v", len(lines), lines)
	}
	for dir, n := range lines {
		limit := maxPackageLines
		if dir == "model" {
			limit = maxModelRootLines
		}
		if n > limit {
			t.Errorf("%s: %d lines of Go (not counting tests), over %d: split it where the design is clearest", dir, n, limit)
		}
	}
}
