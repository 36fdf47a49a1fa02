package checklist

import (
	"slices"
	"sync"

	"github.com/vetted-tui/vetted/safetext"
)

// Set is a notebook's catalogue: the built-in questions the person has not
// hidden, in their order, and their own questions, grouped by category.
// Every screen, score and export asks a Set, never the built-in list, so a
// question of the person's own appears wherever a built-in one does. A Set
// never changes; build one with Merge.
type Set struct {
	cats    []Category // every category, in order, empty ones included
	all     []Question // every question, hidden ones included, grouped by cats
	visible []Question // all without the hidden ones
	index   map[string]int
	hidden  map[string]bool
	// inCat holds where each category's questions sit in visible (they
	// are contiguous: visible is grouped like cats); nonEmpty the
	// categories with one, in order.
	inCat    map[CategoryID][2]int
	nonEmpty []Category
}

// Builtin returns the built-in catalogue as a Set.
func Builtin() *Set { return builtinSet }

var builtinSet = build(nil)

// mergeCache keeps the Sets of the last few Layouts: a Layout never
// changes once merged, so its pointer stands for its revision, and the
// screens ask on every frame.
var mergeCache struct {
	sync.Mutex
	keys   []*Layout
	shapes [][6]int
	sets   []*Set
}

// shapeOf is the lengths of l's lists. The cache checks them as well as
// the pointer, so that a Layout changed in place against the rule (an
// append after Merge) is merged again rather than served stale.
func shapeOf(l *Layout) [6]int {
	return [6]int{len(l.Categories), len(l.Questions), len(l.CategoryOrder), len(l.QuestionOrder), len(l.Hidden), len(l.Archive)}
}

// mergeCacheSize is how many Layouts mergeCache remembers: the live
// notebook's and a few snapshots'.
const mergeCacheSize = 8

// Merge returns the catalogue of a notebook with layout l: the built-in
// questions minus those hidden, plus the person's own, in the person's
// order. A nil l gives Builtin. Do not change l after calling Merge.
func Merge(l *Layout) *Set {
	if l == nil {
		return builtinSet
	}
	mergeCache.Lock()
	defer mergeCache.Unlock()
	shape := shapeOf(l)
	for i, k := range mergeCache.keys {
		if k == l && mergeCache.shapes[i] == shape {
			return mergeCache.sets[i]
		}
	}
	s := build(l)
	if len(mergeCache.keys) == mergeCacheSize {
		mergeCache.keys, mergeCache.shapes, mergeCache.sets = mergeCache.keys[1:], mergeCache.shapes[1:], mergeCache.sets[1:]
	}
	mergeCache.keys = append(mergeCache.keys, l)
	mergeCache.shapes = append(mergeCache.shapes, shape)
	mergeCache.sets = append(mergeCache.sets, s)
	return s
}

// build merges without the cache.
func build(l *Layout) *Set {
	if l == nil {
		l = &Layout{}
	}
	s := &Set{index: map[string]int{}, hidden: map[string]bool{}, inCat: map[CategoryID][2]int{}}
	natural := append(slices.Clone(categories), l.Categories...)
	s.cats = ordered(natural, positions(l.CategoryOrder), func(c Category) CategoryID { return c.ID })
	known := map[CategoryID]bool{}
	for _, c := range s.cats {
		known[c.ID] = true
	}
	for _, id := range l.Hidden {
		if !IsOwn(id) {
			s.hidden[id] = true
		}
	}
	// Bucket by category first: a notebook can hold many questions of
	// its own (an import), and a scan per category would grow with the
	// product of the two.
	// Questions are large structs: move pointers while sorting, and
	// copy each question once into all and once into visible.
	n := len(catalogue) + len(l.Questions)
	byCat := make(map[CategoryID][]*Question, len(s.cats))
	for _, list := range [2][]Question{catalogue, l.Questions} {
		for i := range list {
			byCat[list[i].Category] = append(byCat[list[i].Category], &list[i])
		}
	}
	s.all = make([]Question, 0, n)
	s.visible = make([]Question, 0, n)
	s.index = make(map[string]int, n)
	qpos := positions(l.QuestionOrder)
	for _, c := range s.cats {
		start := len(s.visible)
		for _, q := range ordered(byCat[c.ID], qpos, func(q *Question) string { return q.ID }) {
			s.index[q.ID] = len(s.all)
			s.all = append(s.all, *q)
			if !s.hidden[q.ID] {
				s.visible = append(s.visible, *q)
			}
		}
		if len(s.visible) > start {
			s.inCat[c.ID] = [2]int{start, len(s.visible)}
			s.nonEmpty = append(s.nonEmpty, c)
		}
	}
	return s
}

// positions maps each key of order to its first place in it.
func positions[K comparable](order []K) map[K]int {
	pos := make(map[K]int, len(order))
	for i, k := range order {
		if _, dup := pos[k]; !dup {
			pos[k] = i
		}
	}
	return pos
}

// ordered returns items with those placed in pos first, in that order,
// then the rest in their own order. It sorts items in place.
func ordered[T any, K comparable](items []T, pos map[K]int, key func(T) K) []T {
	out := items
	if len(pos) == 0 {
		return out
	}
	slices.SortStableFunc(out, func(a, b T) int {
		pa, oka := pos[key(a)]
		pb, okb := pos[key(b)]
		switch {
		case oka && okb:
			return pa - pb
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	return out
}

// Questions returns the questions to ask, in interview order: hidden
// built-ins left out. The slice is shared: do not change it.
func (s *Set) Questions() []Question { return s.visible }

// All returns every question, hidden built-ins included, in order, for the
// questions screen. The slice is shared: do not change it.
func (s *Set) All() []Question { return s.all }

// Hidden reports whether id is a built-in question the person hid.
func (s *Set) Hidden(id string) bool { return s.hidden[id] }

// Categories returns the categories that have a question to ask, in order.
func (s *Set) Categories() []Category { return slices.Clone(s.nonEmpty) }

// AllCategories returns every category in order, empty ones included.
func (s *Set) AllCategories() []Category { return slices.Clone(s.cats) }

// InCategory returns the questions to ask of one category, in order.
func (s *Set) InCategory(id CategoryID) []Question {
	r, ok := s.inCat[id]
	if !ok {
		return nil
	}
	return slices.Clone(s.visible[r[0]:r[1]])
}

// ByID returns the question with the given ID, hidden or not.
func (s *Set) ByID(id string) (Question, bool) {
	i, ok := s.index[id]
	if !ok {
		return Question{}, false
	}
	return s.all[i], true
}

// CategoryByID returns the category with the given ID.
func (s *Set) CategoryByID(id CategoryID) (Category, bool) {
	for _, c := range s.cats {
		if c.ID == id {
			return c, true
		}
	}
	return Category{}, false
}

// ShortLabel returns the Short label of question id, or the ID made safe
// for the screen when the notebook's catalogue does not know it.
func (s *Set) ShortLabel(id string) string {
	if q, ok := s.ByID(id); ok {
		return safetext.Line(q.Short)
	}
	return safetext.Line(id)
}
