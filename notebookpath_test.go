package main

import (
	"path/filepath"
	"testing"
)

func TestDefaultPath(t *testing.T) {
	t.Setenv("VETTED_FILE", "/tmp/x/mine.json")
	t.Setenv("XDG_DATA_HOME", "/data")
	if got, _ := defaultPath(); got != "/tmp/x/mine.json" {
		t.Errorf("with VETTED_FILE: %q", got)
	}
	t.Setenv("VETTED_FILE", "")
	if got, _ := defaultPath(); got != filepath.Join("/data", "vetted", "notebook.json") {
		t.Errorf("with XDG_DATA_HOME: %q", got)
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/sam")
	if got, _ := defaultPath(); got != filepath.Join("/home/sam", ".local", "share", "vetted", "notebook.json") {
		t.Errorf("fallback: %q", got)
	}
	t.Setenv("XDG_DATA_HOME", "")
	if got, _ := defaultPath(); got != filepath.Join("/home/sam", ".local", "share", "vetted", "notebook.json") {
		t.Errorf("fallback: %q", got)
	}
}
