package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	code, out, errs := runCmd("--version")
	if code != 0 || out != "vetted "+versionString()+"\n" || errs != "" {
		t.Errorf("--version: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if versionString() == "" {
		t.Error("the version is empty")
	}
	// What -ldflags "-X main.version=..." sets. A test binary records no
	// commit, so the version is all there is.
	old := version
	version = "v1.4.0"
	defer func() { version = old }()
	if code, out, _ := runCmd("--demo", "--version"); code != 0 || out != "vetted v1.4.0\n" {
		t.Errorf("with a version set: exit %d, %q", code, out)
	}
}

// TestFormatVersion: the version line names the version, the commit and
// whether the tree was modified, from whatever the build recorded.
func TestFormatVersion(t *testing.T) {
	vcs := func(version string, settings ...string) *debug.BuildInfo {
		info := &debug.BuildInfo{Main: debug.Module{Path: "github.com/vetted-tui/vetted", Version: version}}
		for i := 0; i+1 < len(settings); i += 2 {
			info.Settings = append(info.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return info
	}
	const rev = "38e73f2c5b1a9d0e1f2a3b4c5d6e7f8091a2b3c4"
	for _, tc := range []struct {
		set  string
		info *debug.BuildInfo
		want string
	}{
		{"", nil, "devel"},
		{"", vcs("(devel)"), "devel"},
		{"", vcs("v1.2.0"), "v1.2.0"},
		{"v1.3.0", vcs("v1.2.0"), "v1.3.0"},
		{"", vcs("v0.0.0-20261207225500-38e73f2c5b1a+dirty", "vcs", "git", "vcs.revision", rev, "vcs.modified", "true"),
			"v0.0.0-20261207225500-38e73f2c5b1a+dirty (commit 38e73f2c5b1a, tree modified)"},
		{"", vcs("(devel)", "vcs.revision", rev, "vcs.modified", "false"), "devel (commit 38e73f2c5b1a, tree clean)"},
		{"", vcs("", "vcs.revision", "abc"), "devel (commit abc)"},
		{"v1\x1b]0;x\x07", nil, "v1"},
	} {
		if got := formatVersion(tc.set, tc.info); got != tc.want {
			t.Errorf("formatVersion(%q, %+v) = %q, want %q", tc.set, tc.info, got, tc.want)
		}
	}
}

// TestVersionNamesItsCommit builds vetted with go build from a git
// checkout of this source (a fresh repository in a temporary folder, so
// that it holds exactly the files here, uncommitted changes included) and
// checks that --version names the commit. (One build: each costs seconds;
// a modified tree is TestFormatVersion's.)
func TestVersionNamesItsCommit(t *testing.T) {
	src := t.TempDir()
	copySource(t, src)
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=vetted test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = src
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("init", "-q")
	git("add", "-A")
	git("commit", "-q", "-m", "the source under test")
	commit := git("rev-parse", "HEAD")

	bin := filepath.Join(t.TempDir(), "vetted")
	if got := buildAndAsk(t, src, bin); !strings.Contains(got, "(commit "+commit[:12]+", tree clean)") {
		t.Errorf("a build of commit %s says %q", commit[:12], got)
	}
}

// copySource copies the files git would see here (tracked or not, but not
// ignored) into dst.
func copySource(t *testing.T, dst string) {
	t.Helper()
	out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		data, err := os.ReadFile(name)
		if err != nil {
			// Listed but deleted in the working tree.
			continue
		}
		to := filepath.Join(dst, name)
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// buildAndAsk builds vetted in dir to bin, recording the version control
// information, and returns what bin --version prints.
func buildAndAsk(t *testing.T, dir, bin string) string {
	t.Helper()
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		goTool = "go"
	}
	build := exec.Command(goTool, "build", "-buildvcs=true", "-o", bin, ".")
	build.Dir = dir
	// The environment may turn stamping off (GOFLAGS=-buildvcs=false).
	build.Env = append(os.Environ(), "GOFLAGS=", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatalf("vetted --version: %v", err)
	}
	return strings.TrimSpace(string(out))
}
