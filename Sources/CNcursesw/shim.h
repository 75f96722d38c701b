#ifndef AGENDA_CNCURSESW_SHIM_H
#define AGENDA_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D flags: without these the wide-character API
   (cchar_t, wget_wch, setcchar) silently vanishes from ncurses.h. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncurses.h>

/* Globals and macros Swift cannot import (or rejects in Swift 6 mode as not concurrency-safe). */
static inline WINDOW *agenda_stdscr(void) { return stdscr; }
static inline int agenda_lines(void) { return LINES; }
static inline int agenda_cols(void) { return COLS; }
static inline int agenda_key_f(int n) { return KEY_F(n); }
static inline WINDOW *agenda_curscr(void) { return curscr; }
static inline int agenda_color_pairs(void) { return COLOR_PAIRS; }

/* newterm instead of initscr: initscr prints its own message and exits when TERM is unknown;
   newterm returns NULL and lets the program say what to do. stdin/stdout are Glibc globals
   that Swift 6 rejects, hence the wrapper. */
static inline SCREEN *agenda_newterm(void) { return newterm(NULL, stdout, stdin); }

/* True when the terminal set up can place the cursor: without it (TERM=dumb) nothing can be
   drawn where it belongs, and keys would act on a screen nobody sees. */
static inline int agenda_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline attr_t agenda_a_normal(void) { return A_NORMAL; }
static inline attr_t agenda_a_bold(void) { return A_BOLD; }
static inline attr_t agenda_a_underline(void) { return A_UNDERLINE; }
static inline attr_t agenda_a_reverse(void) { return A_REVERSE; }
static inline attr_t agenda_a_dim(void) { return A_DIM; }

/* One cell: setcchar (a spacing character and at most CCHARW_MAX - 1 combining marks, zero
   terminated) then mvwadd_wch. Returns how many columns ncurses moved the cursor on, which is
   how many columns it believes the character takes (its wcwidth, from the locale), or -1 when
   setcchar or mvwadd_wch fail. Writing the bottom-right cell also "fails" (the cursor cannot
   wrap), although the character is stored and shown: callers do not write it. */
static inline int agenda_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, (NCURSES_PAIRS_T)pair, NULL) == ERR) return -1;
    if (mvwadd_wch(win, y, x, &cell) == ERR) return -1;
    return (getcury(win) - y) * getmaxx(win) + getcurx(win) - x;
}

/* Fatal signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT): give the terminal back, then exit with
   128 + the signal number, as a shell reports a process killed by that signal.
   Why in C: a signal handler must be a plain C function that touches no Swift runtime
   (no allocation, no reference counting, no actor checks), and Swift 6 rejects the global
   mutable state it needs. Why endwin then _exit: endwin is not formally async-signal-safe,
   but ncurses' own SIGINT/SIGTERM handler (which this one replaces, to add SIGHUP, SIGQUIT,
   the termios restore and the exit code) does exactly this; tcsetattr and _exit are safe,
   and _exit skips atexit handlers and stdio buffers that the interrupted code may hold.
   The saved termios lives in a function-local static: a static inline function is emitted
   once per object file that uses it, so the installer and the handler (which only the
   installer references) always share one copy; Swift never reads it. */
static inline struct termios *agenda_signal_saved_termios(int **valid) {
    static struct termios saved;
    static int saved_valid = 0;
    *valid = &saved_valid;
    return &saved;
}

static inline void agenda_exit_signal_handler(int sig) {
    int *valid;
    struct termios *saved = agenda_signal_saved_termios(&valid);
    endwin();
    if (*valid) tcsetattr(STDIN_FILENO, TCSANOW, saved);
    _exit(128 + sig);
}

/* Installs the handler for the fatal signals; `original` (may be NULL) is the terminal mode
   to put back. Returns 0, or -1 if a sigaction failed. */
static inline int agenda_install_exit_signal_handlers(const struct termios *original) {
    int *valid;
    struct termios *saved = agenda_signal_saved_termios(&valid);
    if (original != NULL) { memcpy(saved, original, sizeof *saved); *valid = 1; }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = agenda_exit_signal_handler;
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    sigaddset(&action.sa_mask, SIGHUP);
    sigaddset(&action.sa_mask, SIGQUIT);
    int result = 0;
    if (sigaction(SIGINT, &action, NULL) != 0) result = -1;
    if (sigaction(SIGTERM, &action, NULL) != 0) result = -1;
    if (sigaction(SIGHUP, &action, NULL) != 0) result = -1;
    if (sigaction(SIGQUIT, &action, NULL) != 0) result = -1;
    return result;
}

/* Back to the default actions, once the terminal has been restored. */
static inline void agenda_reset_exit_signal_handlers(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
}

/* The window's size as the terminal has it now (ioctl is variadic: Swift cannot call it).
   Returns 0, or -1 when the size is not known. */
static inline int agenda_window_size(int *rows, int *cols) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/* Crashes (a Swift trap is SIGILL or SIGTRAP; also SIGABRT, SIGSEGV, SIGBUS, SIGFPE): give the
   terminal back first, then let the handler that was there before (the Swift runtime's
   backtracer, or the default action) report the crash, on a terminal that shows it. */
static inline struct sigaction *agenda_previous_crash_actions(void) {
    static struct sigaction previous[32];
    return previous;
}

static inline void agenda_crash_signal_handler(int sig) {
    int *valid;
    struct termios *saved = agenda_signal_saved_termios(&valid);
    endwin();
    if (*valid) tcsetattr(STDIN_FILENO, TCSANOW, saved);
    sigaction(sig, &agenda_previous_crash_actions()[sig], NULL);
    /* Pending until this handler returns; a fault also happens again when it does. */
    raise(sig);
}

static inline int agenda_install_crash_signal_handlers(void) {
    static const int signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = agenda_crash_signal_handler;
    sigemptyset(&action.sa_mask);
    int result = 0;
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (sigaction(signals[i], &action, &agenda_previous_crash_actions()[signals[i]]) != 0) result = -1;
    }
    return result;
}

static inline void agenda_reset_crash_signal_handlers(void) {
    static const int signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &agenda_previous_crash_actions()[signals[i]], NULL);
    }
}

#endif /* AGENDA_CNCURSESW_SHIM_H */
