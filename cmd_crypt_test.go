package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
	"github.com/vetted-tui/vetted/store/disk"
)

func init() {
	// Keep scrypt cheap in tests; real notebooks use crypt.DefaultWorkFactor.
	scryptWorkFactor = 10
}

const (
	testPass    = "correct horse battery"
	testNewPass = "a different long passphrase"
)

// typist answers prompts from a script, as a person at the terminal would,
// and counts what it was asked.
type typist struct {
	secrets []string
	lines   []string
	asked   int // secrets read
	out     bytes.Buffer
	// sessions and ended count hidden runs started and ended: every one
	// must give the terminal back.
	sessions, ended int
}

// passphrases returns a passphrases that reads from the script and has no
// environment.
func (ty *typist) passphrases() passphrases {
	return passphrases{
		interactive: true,
		hide:        func() (secretPrompt, error) { ty.sessions++; return ty, nil },
		readLine: func() (string, error) {
			if len(ty.lines) == 0 {
				return "", errors.New("the script ran out of lines")
			}
			l := ty.lines[0]
			ty.lines = ty.lines[1:]
			return l, nil
		},
		out: &ty.out,
	}
}

func (ty *typist) ask(prompt string) (string, error) {
	ty.out.WriteString(prompt)
	if ty.asked == len(ty.secrets) {
		return "", errCancelled // as ctrl+c would
	}
	ty.asked++
	return ty.secrets[ty.asked-1], nil
}

func (ty *typist) say(text string) { ty.out.WriteString(text + "\n") }
func (ty *typist) end()            { ty.ended++ }

// fromEnv is what VETTED_PASSPHRASE (and VETTED_NEW_PASSPHRASE, when
// next is not empty) give, without a terminal.
func fromEnv(pass, next string) passphrases {
	return passphrases{env: pass, hasEnv: true, newEnv: next, hasNewEnv: next != "", out: &bytes.Buffer{}}
}

// runCryptCmd runs an encryption command and returns its status and
// streams.
func runCryptCmd(cmd string, p passphrases, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	s := streams{in: strings.NewReader(""), out: &out, err: &errb, passphrases: func() passphrases { return p }}
	code := execute(append([]string{cmd}, args...), s)
	return code, out.String(), errb.String()
}

// encryptedNotebook writes the demo notebook, and a .prev, encrypted with
// pass, and returns its path.
func encryptedNotebook(t *testing.T, pass string) string {
	t.Helper()
	path := writeNotebook(t, demo.Notebook())
	earlier := demo.Notebook()
	earlier.People.Me = "an earlier name"
	data, err := store.Encode(earlier)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".prev", data, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCryptCmd("encrypt", fromEnv(pass, ""), "--file", path); code != 0 {
		t.Fatalf("encrypt: exit %d: %s", code, errOut)
	}
	return path
}

// mustRead returns the bytes of path.
func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// assertSecretsHidden fails if a passphrase appears in any of texts.
func assertSecretsHidden(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		for _, p := range []string{testPass, testNewPass} {
			if strings.Contains(s, p) {
				t.Errorf("a passphrase was shown: %q", s)
			}
		}
	}
}

func TestEncryptCommandAsksTwiceAndEncrypts(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	plain := mustRead(t, path)
	ty := &typist{secrets: []string{
		"short",              // refused: too short
		testPass, "mistyped", // refused: the two differ
		testPass, testPass,
	}}
	code, _, errOut := runCryptCmd("encrypt", ty.passphrases(), "--file", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	prompts := ty.out.String()
	for _, want := range []string{"too short", "differ", "Type it again"} {
		if !strings.Contains(prompts, want) {
			t.Errorf("the prompts lack %q: %q", want, prompts)
		}
	}
	if !strings.Contains(errOut, "is encrypted.") || !strings.Contains(errOut, "not encrypted") {
		t.Errorf("the result does not say what is and is not encrypted: %q", errOut)
	}
	assertSecretsHidden(t, prompts, errOut)
	if ok, _ := disk.IsEncrypted(path); !ok {
		t.Fatal("the notebook is not encrypted")
	}
	key, err := disk.UnlockKey(path, testPass)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := disk.ReadWithKey(path, key)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := store.Encode(nb)
	if !bytes.Equal(again, plain) {
		t.Error("the encrypted notebook does not hold what the plain one did")
	}
}

func TestEncryptCommandCreatesAMissingNotebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	code, _, errOut := runCryptCmd("encrypt", fromEnv(testPass, ""), "--file", path)
	if code != 0 || !strings.Contains(errOut, "created an encrypted notebook") || strings.Contains(errOut, ".prev") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if ok, _ := disk.IsEncrypted(path); !ok {
		t.Error("the new notebook is not encrypted")
	}
}

func TestNewPassphraseGivesUpAfterThreeTries(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	before := mustRead(t, path)
	ty := &typist{secrets: []string{"short", testPass, "x", "tiny"}}
	code, _, errOut := runCryptCmd("encrypt", ty.passphrases(), "--file", path)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if ty.asked != 4 || !strings.Contains(errOut, "nothing was changed") {
		t.Errorf("asked %d times; stderr %q", ty.asked, errOut)
	}
	if !bytes.Equal(mustRead(t, path), before) {
		t.Error("the notebook changed")
	}
}

func TestWrongPassphraseThreeTimesChangesNothing(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	before, beforePrev := mustRead(t, path), mustRead(t, path+".prev")
	entries := listDir(t, filepath.Dir(path))
	for _, cmd := range []string{"decrypt", "passphrase"} {
		ty := &typist{secrets: []string{"wrong one!", "wrong two!", "wrong three!", testPass}}
		code, _, errOut := runCryptCmd(cmd, ty.passphrases(), "--file", path)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", cmd, code)
		}
		if ty.asked != 3 {
			t.Errorf("%s: asked %d times, want 3", cmd, ty.asked)
		}
		if strings.Count(ty.out.String(), "does not open") != 2 || !strings.Contains(errOut, path+": that passphrase does not open this notebook (3 tries)") {
			t.Errorf("%s: prompts %q, stderr %q", cmd, ty.out.String(), errOut)
		}
		if strings.Contains(errOut, ".prev") {
			t.Errorf("%s: a wrong passphrase points at the .prev: %q", cmd, errOut)
		}
		if ty.sessions != 1 || ty.ended != 1 {
			t.Errorf("%s: %d hidden runs started, %d ended; want one, given back", cmd, ty.sessions, ty.ended)
		}
	}
	if !bytes.Equal(mustRead(t, path), before) || !bytes.Equal(mustRead(t, path+".prev"), beforePrev) {
		t.Error("wrong passphrases changed a file")
	}
	if got := listDir(t, filepath.Dir(path)); strings.Join(got, ",") != strings.Join(entries, ",") {
		t.Errorf("files now %v, before %v", got, entries)
	}
}

func TestDecryptAfterOneWrongTry(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	ty := &typist{secrets: []string{"not it at all", testPass}}
	code, _, errOut := runCryptCmd("decrypt", ty.passphrases(), "--file", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, p := range []string{path, path + ".prev"} {
		if ok, _ := disk.IsEncrypted(p); ok {
			t.Errorf("%s is still encrypted", filepath.Base(p))
		}
	}
	if _, err := disk.Read(path); err != nil {
		t.Error(err)
	}
	assertSecretsHidden(t, ty.out.String(), errOut)
}

func TestChangePassphraseFromTheEnvironment(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	// Only the old one set: the new one must come from somewhere else.
	code, _, errOut := runCryptCmd("passphrase", fromEnv(testPass, ""), "--file", path)
	if code != 1 || !strings.Contains(errOut, envNewPassphrase) {
		t.Errorf("exit %d, stderr %q; want a pointer to %s", code, errOut, envNewPassphrase)
	}
	code, _, errOut = runCryptCmd("passphrase", fromEnv(testPass, testNewPass), "--file", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	assertSecretsHidden(t, errOut)
	if _, err := disk.UnlockKey(path, testPass); !errors.Is(err, crypt.ErrWrongPassphrase) {
		t.Errorf("the old passphrase still opens it: %v", err)
	}
	if _, err := disk.UnlockKey(path+".prev", testNewPass); err != nil {
		t.Errorf("the .prev does not open with the new passphrase: %v", err)
	}
}

func TestCryptCommandsRefuse(t *testing.T) {
	plain := writeNotebook(t, demo.Notebook())
	enc := encryptedNotebook(t, testPass)
	missing := filepath.Join(t.TempDir(), "none.json")
	cut := filepath.Join(t.TempDir(), "cut.json")
	if err := os.WriteFile(cut, mustRead(t, enc)[:600], 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, cmd, path string
		p               passphrases
		code            int
		stderr          string
	}{
		{"encrypt twice", "encrypt", enc, fromEnv(testPass, ""), 1, "already encrypted"},
		{"decrypt plain", "decrypt", plain, fromEnv(testPass, ""), 1, "not encrypted"},
		{"passphrase of plain", "passphrase", plain, fromEnv(testPass, testNewPass), 1, "not encrypted"},
		{"decrypt missing", "decrypt", missing, fromEnv(testPass, ""), 1, "no notebook"},
		{"no terminal, no variable", "decrypt", enc, passphrases{out: &bytes.Buffer{}}, 1, envPassphrase},
		{"wrong passphrase variable", "decrypt", enc, fromEnv("wrong but long", ""), 1, "does not open"},
		{"truncated", "decrypt", cut, fromEnv(testPass, ""), 1, "damaged"},
		{"too short from the variable", "encrypt", plain, fromEnv("short", ""), 1, "too short"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := os.ReadFile(tc.path)
			code, _, errOut := runCryptCmd(tc.cmd, tc.p, "--file", tc.path)
			if code != tc.code || !strings.Contains(errOut, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.stderr)
			}
			if after, _ := os.ReadFile(tc.path); !bytes.Equal(after, before) {
				t.Error("the file changed")
			}
		})
	}
}

func TestCryptCommandWaitsForTheApp(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	f, _, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	before := mustRead(t, path)
	code, _, errOut := runCryptCmd("encrypt", fromEnv(testPass, ""), "--file", path)
	if code != 1 || !strings.Contains(errOut, "Close the app first") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if !bytes.Equal(mustRead(t, path), before) {
		t.Error("the notebook changed under the app")
	}
}

func TestCryptUsage(t *testing.T) {
	code, out, _ := runCmd("encrypt", "--help")
	if code != 0 || !strings.Contains(out, "vetted passphrase") {
		t.Errorf("help: exit %d, %q", code, out)
	}
	if code, _, errOut := runCmd("decrypt", "--colour"); code != 2 || !strings.Contains(errOut, "vetted help decrypt") {
		t.Errorf("bad flag: exit %d, %q", code, errOut)
	}
	if code, _, _ := runCmd("passphrase", "extra"); code != 2 {
		t.Errorf("stray argument: exit %d", code)
	}
}

func TestOpenForAppUnlocksAnEncryptedNotebook(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	ty := &typist{secrets: []string{"no that is wrong", testPass}}
	f, nb, err := openForApp(path, ty.passphrases())
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !f.Encrypted() || len(nb.Therapists) != len(demo.Notebook().Therapists) {
		t.Errorf("encrypted %v, %d therapists", f.Encrypted(), len(nb.Therapists))
	}
	if !strings.Contains(ty.out.String(), "Passphrase for "+path) {
		t.Errorf("the prompt does not name the file: %q", ty.out.String())
	}
}

func TestFirstRunChoice(t *testing.T) {
	tests := []struct {
		name      string
		answer    string
		encrypted bool
	}{
		{"enter means no", "", false},
		{"no", "n", false},
		{"yes", "y", true},
		{"yes spelt out", " Yes ", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "notebook.json")
			ty := &typist{lines: []string{tc.answer}, secrets: []string{testPass, testPass}}
			f, _, err := openForApp(path, ty.passphrases())
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if f.Encrypted() != tc.encrypted {
				t.Errorf("encrypted = %v, want %v", f.Encrypted(), tc.encrypted)
			}
			if !strings.Contains(ty.out.String(), "Encrypt? [y/N]") {
				t.Errorf("the question was not asked: %q", ty.out.String())
			}
			if err := f.Save(demo.Notebook(), 1); err != nil {
				t.Fatal(err)
			}
			if ok, _ := disk.IsEncrypted(path); ok != tc.encrypted {
				t.Errorf("the first save is encrypted: %v, want %v", ok, tc.encrypted)
			}
		})
	}
}

func TestFirstRunWithTheVariableEncryptsWithoutAsking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	ty := &typist{}
	p := ty.passphrases()
	p.env, p.hasEnv = testPass, true
	f, _, err := openForApp(path, p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !f.Encrypted() || ty.out.Len() != 0 || ty.asked != 0 {
		t.Errorf("encrypted %v; asked %d; printed %q", f.Encrypted(), ty.asked, ty.out.String())
	}
}

func TestOpenForAppLeavesAPlainNotebookAlone(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	ty := &typist{}
	f, _, err := openForApp(path, ty.passphrases())
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.Encrypted() || ty.out.Len() != 0 {
		t.Errorf("a plain notebook: encrypted %v, asked %q", f.Encrypted(), ty.out.String())
	}
}

func TestExportOfAnEncryptedNotebookWarns(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	t.Setenv(envPassphrase, testPass)
	code, out, errOut := runCmd("export", "--file", path, "--format", "md")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if out != want(t, demo.Notebook(), "md") {
		t.Error("the export differs from the notebook's")
	}
	if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "not encrypted") {
		t.Errorf("want one warning line on stderr, got %q", errOut)
	}
	t.Setenv(envPassphrase, "not the passphrase")
	code, out, errOut = runCmd("export", "--file", path)
	if code != 1 || out != "" || !strings.Contains(errOut, "does not open") {
		t.Errorf("wrong passphrase: exit %d, stdout %d bytes, stderr %q", code, len(out), errOut)
	}
}

func TestExportOfAPlainNotebookDoesNotWarn(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	code, _, errOut := runCmd("export", "--file", path)
	if code != 0 || strings.Contains(errOut, "not encrypted") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestCtrlCAtAPromptChangesNothing(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	before := mustRead(t, path)
	for _, cmd := range []string{"decrypt", "passphrase"} {
		// The script is empty: the first prompt gets ctrl+c.
		ty := &typist{}
		code, _, errOut := runCryptCmd(cmd, ty.passphrases(), "--file", path)
		if code != 1 || !strings.Contains(errOut, "cancelled") {
			t.Errorf("%s: exit %d, stderr %q", cmd, code, errOut)
		}
		if ty.sessions != ty.ended {
			t.Errorf("%s: the terminal was not given back", cmd)
		}
	}
	// ctrl+c at the second new passphrase of a change.
	ty := &typist{secrets: []string{testPass, testNewPass}}
	if code, _, _ := runCryptCmd("passphrase", ty.passphrases(), "--file", path); code != 1 || ty.sessions != ty.ended {
		t.Errorf("exit %d; %d runs started, %d ended", code, ty.sessions, ty.ended)
	}
	if !bytes.Equal(mustRead(t, path), before) {
		t.Error("a cancelled prompt changed the notebook")
	}
}
