package checkin

import "github.com/vetted-tui/vetted/model/screen"

// This file holds every fixed word the check-in screens draw, so the fact
// table (factcheck/) can pin them whole. They are vetted's own words and
// state no fact about therapy. The questions, their hints and the advice
// shown beside a check-in that worries are quotes kept in package
// checklist with their sources; the moments' names are
// checklist.CheckInWhen's.

// The check-in form.
const (
	formTitle   = "Check-in: "
	formIntro   = "How the sessions feel so far, in your own words. Every answer is optional; ctrl+s saves."
	momentText  = "When"
	noteLabel   = "Note"
	notAnswered = "not answered"
)

// sourcePrefix introduces the page a hint quotes (a hint of vetted's own
// says so in checklist.VettedOwnSource's words).
const sourcePrefix = "Source: "

// Quote marks around a quoted hint or advice.
const (
	openQuote  = "“"
	closeQuote = "”"
)

// The list of a therapist's check-ins.
const (
	listTitle     = "Check-ins with "
	trendPrefix   = "comfort "
	noTrend       = "comfort: not rated yet"
	noCheckIns    = "No check-ins yet: n starts one."
	nothingNoted  = "nothing answered"
	noteDash      = " — "
	worriesPrefix = "! worries: "
	momentSep     = " · "
	nextPrefix    = "Next in your comparison: "
	fitPrefix     = ", fit "
	noNext        = "Nobody else in your comparison can be chosen yet."
	onTheirCall   = " on their call: "
	nothingCall   = "nothing recorded"
	dropPrompt    = "Drop the "
	dropSuffix    = " check-in?"
	tooSmall      = "Make the window larger to see the check-ins."
	notChosen     = "Check-ins follow sessions: first set their status to chosen (s)."
)

// The root's news in the status line after it applied an event.
const (
	// SavedNews follows an AddMsg applied.
	SavedNews = "✓ Check-in saved"
	// DroppedNews follows a DropMsg applied.
	DroppedNews = "Check-in dropped"
	// GoneNews follows an event about a check-in or therapist no longer
	// in the notebook (a reload from disk in between).
	GoneNews = "Nothing changed: that check-in or therapist is no longer in the notebook."
)

// OpenKey opens the check-ins of the therapist under the roster's cursor
// (see Open).
var OpenKey = screen.Bind("C", "check-ins", "C")

// DefaultKeyMap returns the keys of the list of check-ins.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Down:   screen.Bind("↓/j", "next check-in", "down", "j"),
		Up:     screen.Bind("↑/k", "previous check-in", "up", "k"),
		PgDown: screen.Bind("pgdn", "scroll down", "pgdown", " "),
		PgUp:   screen.Bind("pgup", "scroll up", "pgup"),
		Home:   screen.Bind("home/g", "top", "home", "g"),
		End:    screen.Bind("end/G", "bottom", "end", "G"),
		New:    screen.Bind("n", "new check-in", "n"),
		Drop:   screen.Bind("d", "drop", "d"),
		Move:   screen.Bind("↑/↓", "move", "up", "down"),
		Back:   screen.Bind("esc", "back", "esc"),
	}
}
