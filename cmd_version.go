package main

import (
	"runtime/debug"

	"github.com/vetted-tui/vetted/safetext"
)

// version is vetted's version. A release build sets it with
//
//	go build -ldflags "-X main.version=v1.2.0"
//
// Empty means: ask the build information (go build and go install record
// the module's version), else "devel".
var version string

// versionString returns what vetted --version prints after "vetted ".
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return formatVersion(version, info)
}

// formatVersion says the version (set, else the module's, else "devel"),
// and, when the build recorded them, the commit it was built from and
// whether the source tree had changes not committed:
//
//	v0.0.0-20261207225500-38e73f2c5b1a+dirty (commit 38e73f2c5b1a, tree modified)
func formatVersion(set string, info *debug.BuildInfo) string {
	v := set
	if v == "" && info != nil && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	if v == "" {
		v = "devel"
	}
	v = safetext.Line(v)
	if info == nil {
		return v
	}
	var commit, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if commit == "" {
		return v
	}
	if len(commit) > 12 {
		commit = commit[:12]
	}
	commit = "commit " + safetext.Line(commit)
	switch modified {
	case "true":
		commit += ", tree modified"
	case "false":
		commit += ", tree clean"
	}
	return v + " (" + commit + ")"
}
