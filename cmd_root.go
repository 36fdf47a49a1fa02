package main

// The root command: vetted itself, which opens the app, and the list of
// its subcommands. Each subcommand is defined once, in its own cmd_*.go.

import (
	"fmt"

	"github.com/spf13/cobra"
)

// rootLong is the description vetted --help and the man page open with.
const rootLong = `vetted: questions to ask each sex therapist you call, their answers side by side.

Without a command, vetted opens the app on your notebook: the questions to
ask each therapist, their answers, and the comparison side by side. With
--accessible it asks the same as plain lines, for screen readers, braille
displays and pipes.

A new notebook opens on the welcome screen, which offers to encrypt it (with
--accessible, a question asks once). VETTED_PASSPHRASE gives the
passphrase to scripts (VETTED_NEW_PASSPHRASE the new one for vetted
passphrase). VETTED_FILE names the notebook when --file does not.

Everything stays on this computer, in that one file.`

// rootExample is the example of vetted --help.
const rootExample = `  vetted                            open your notebook
  vetted --demo                     look around with fictional therapists
  printf 'add Dr Rosa Quill\n1\nMasters, CST\nyes\n' | vetted --accessible
                                    add a therapist and answer the first two
                                    questions from a script`

// appOptions are the flags of vetted itself.
type appOptions struct {
	file                                   string
	demo, noMouse, accessible, showVersion bool
}

// fileDefault ends the description of --file wherever a command reads or
// writes the notebook: the default is the same for all of them.
const fileDefault = "(default: $VETTED_FILE, else $XDG_DATA_HOME/vetted/notebook.json, else ~/.local/share/vetted/notebook.json)"

func init() {
	// The commands are listed in the order a person meets them, not
	// alphabetically.
	cobra.EnableCommandSorting = false
}

// newRoot builds vetted's command tree over the streams s.
func newRoot(s *streams) *cobra.Command {
	var o appOptions
	root := &cobra.Command{
		Use:     "vetted [--file PATH | --demo] [--no-mouse] [--accessible]",
		Short:   "questions to ask each sex therapist you call, their answers side by side",
		Long:    rootLong,
		Example: rootExample,
		Args:    unknownCommand,
		// Suggest export for exprot (cobra's default of 2 is applied
		// only when cobra reports the unknown command itself).
		SuggestionsMinimumDistance: 2,
		// Errors are reported by execute, in the house wording.
		SilenceErrors:         true,
		SilenceUsage:          true,
		DisableFlagsInUseLine: true,
		ValidArgsFunction:     cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, _ []string) error {
			if o.showVersion {
				fmt.Fprintln(s.out, "vetted "+versionString())
				return nil
			}
			return status(runApp(o, c.Root(), s))
		},
	}
	// Before the completion command is made: it keeps the stdout it finds.
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	f := root.Flags()
	f.StringVar(&o.file, "file", "", "the notebook to use, at `PATH` "+fileDefault)
	f.BoolVar(&o.demo, "demo", false, "open a built-in notebook of three fictional therapists, in memory only; nothing is saved")
	f.BoolVar(&o.noMouse, "no-mouse", false, "leave the mouse to the terminal (for selecting text); by default the wheel scrolls the comparison")
	f.BoolVar(&o.accessible, "accessible", accessibleFromEnv(), "plain line-by-line prompts instead of the full-screen app, no colour and no escape sequences; also VETTED_ACCESSIBLE=1")
	f.BoolVar(&o.showVersion, "version", false, "print vetted's version, its commit and whether its source was modified")

	root.AddCommand(
		newQuestionsCmd(s),
		newExportCmd(s),
		newAskCmd(s),
		newBriefCmd(s),
		newImportCmd(s),
		newCryptCmd(s, "encrypt"),
		newCryptCmd(s, "decrypt"),
		newCryptCmd(s, "passphrase"),
		newManCmd(s),
	)
	root.SetHelpCommand(newHelpCmd())
	root.SetFlagErrorFunc(flagProblem)
	initCompletionCmd(root)
	setHelp(root)
	return root
}

// unknownCommand refuses any argument to vetted itself: the first one is
// a command vetted does not have.
func unknownCommand(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return fmt.Errorf("unknown command %q%s; the commands are %s", args[0], didYouMean(c.SuggestionsFor(args[0])), commandNames(c))
}
