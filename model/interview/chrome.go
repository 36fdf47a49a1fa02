package interview

// The interview's chrome: everything drawn around the answer widget. View
// runs on every key, and a key typed into an answer changes the widget and
// its counter, almost never what is drawn around it, yet rendering the
// chrome again (the tabs, the wrapped prompt and hint) cost about as much
// as the text box itself on a short answer. So the chrome is drawn once
// per change of what it shows and kept.
//
// Kept safely: chromeKey holds every input the chrome is drawn from, read
// afresh on each frame (cheap: a few fields, a byte per question, strings
// compared by length and pointer first), and the drawing is redone
// whenever any of it differs. Nothing has to remember to invalidate the
// cache, not even the root changing the notebook under the interview.

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/profile"
)

// chromeKey is what the chrome shows, as read from the interview and the
// notebook. Two frames with equal keys draw the same chrome.
type chromeKey struct {
	width, height int
	index         int
	forPartner    bool
	switchable    bool // canSwitch: the partner's lines are drawn
	noteFocus     bool
	// noteEmpty is set when the note shows its offer (empty, not focused);
	// a note with text is drawn on every frame (see noteLine).
	noteEmpty bool
	// confirm is the open confirm question, "" when none.
	confirm         string
	problem, notice string
	noticeLevel     noticeKind
	// name, me and partner are the notebook's names as stored.
	name, me, partner string
	// states holds one byte per question: whether it is answered,
	// skipped or neither (the tabs and the progress line count them).
	states string
	// mine and theirs are what is stored for the current question.
	mine, theirs checklist.Answer
	// set is the notebook's catalogue (the tabs count its categories);
	// concerns the person's concerns as the hint of QExperience names them.
	set      *checklist.Set
	concerns string
}

// chrome is the drawn chrome for one key: the parts above and below the
// answer widget and the room left for it.
type chrome struct {
	key chromeKey
	// top is what is drawn above the state line; saved and edited are
	// that line while the widget holds what is stored and while it holds
	// an edit (the one thing typing into an answer changes up there).
	top, saved, edited string
	// msg is the problem or notice line; note the note line when it is
	// kept (key.noteEmpty), else ""; hint the hint block, with the blank
	// line before it unless compact.
	msg, note, hint string
	compact         bool
	widgetH         int
	gap             string
}

// chromeCache holds the last chrome drawn. Copies of an Model
// share it: a copy that draws with another key replaces the entry, which
// is only ever read for an equal key.
type chromeCache struct{ last chrome }

// stateByte is a stored answer's state as the tabs and progress count it.
func stateByte(a checklist.Answer, ok bool) byte {
	switch {
	case ok && a.Answered():
		return 'a'
	case ok && a.Status == checklist.StatusSkipped:
		return 's'
	}
	return '-'
}

// chromeKey reads what the chrome shows now.
func (iv Model) chromeKey() chromeKey {
	k := chromeKey{
		width:       iv.common.Width,
		height:      iv.common.Height,
		index:       iv.index,
		forPartner:  iv.forPartner(),
		switchable:  iv.canSwitch(),
		noteFocus:   iv.noteFocus,
		confirm:     iv.confirm.Prompt(),
		problem:     iv.problem,
		notice:      iv.notice,
		noticeLevel: iv.noticeLevel,
	}
	k.noteEmpty = !iv.noteFocus && iv.note().Value() == ""
	if nb := iv.common.Notebook(); nb != nil {
		k.me, k.partner = nb.People.Me, nb.People.Partner
		k.set = nb.Catalogue()
		if iv.current().ID == checklist.QExperience {
			k.concerns = profile.ConcernsHint(nb)
		}
	}
	t := iv.therapist()
	if t == nil {
		return k
	}
	k.name = t.Name
	states := make([]byte, len(iv.questions))
	for i, q := range iv.questions {
		a, ok := t.Answers[q.ID]
		states[i] = stateByte(a, ok)
	}
	k.states = string(states)
	id := iv.current().ID
	k.mine, k.theirs = t.Answers[id], t.PartnerAnswers[id]
	return k
}

// chrome returns the chrome for the interview as it stands, drawn afresh
// only when what it shows changed since the last frame.
func (iv Model) chrome() chrome {
	key := iv.chromeKey()
	if iv.chromeCache != nil && iv.chromeCache.last.key == key {
		return iv.chromeCache.last
	}
	c := iv.drawChrome(key)
	if iv.chromeCache != nil {
		iv.chromeCache.last = c
	}
	return c
}

// drawChrome lays the chrome out: the hint always shows; blank lines
// around the widget go first when space is short, then the tabs and the
// blank lines of the full layout (compact).
func (iv Model) drawChrome(key chromeKey) chrome {
	natural := iv.widget().naturalHeight()
	var c chrome
	for _, compact := range []bool{false, true} {
		c = chrome{key: key, compact: compact, top: iv.topView(compact), msg: iv.messageLine()}
		c.saved, c.edited = iv.stateLines()
		if key.noteEmpty {
			c.note = iv.noteLine()
		}
		c.hint = iv.hintView(compact)
		// Above the widget: top and the state line; below it: the
		// message line, the note line and the hint.
		// The message line may wrap to two lines.
		spare := iv.common.Height - lipgloss.Height(c.top) - 1 - 1 - lipgloss.Height(c.msg) - lipgloss.Height(c.hint)
		if compact || spare >= min(natural, 3) {
			if spare-2 >= natural {
				spare -= 2
				c.gap = "\n"
			}
			c.widgetH = max(1, spare)
			return c
		}
	}
	return c
}

// bottom joins the parts below the widget, drawing the note line unless
// it is kept.
func (iv Model) bottom(c chrome) string {
	note := c.note
	if !c.key.noteEmpty {
		note = iv.noteLine()
	}
	return c.msg + "\n" + note + "\n" + c.hint
}
