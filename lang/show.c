/* show.c: writing syntax trees back out.
 *
 * ast_show reproduces Nix's own one-line rendering of an expression, which
 * appears in messages such as "assertion '(x == 1)' failed". ast_dump writes
 * an indented tree with positions for `nomix parse`. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Writes S as a Nix string literal, as Nix's AST printer does. */
static void show_string(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"' || c == '\\' || c == '$') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c == '\t') fputs("\\t", out);
        else fputc(c, out);
    }
    fputc('"', out);
}

/* Whether a name can be written without quotes. */
static bool plain_id(const char *s, size_t len)
{
    if (len == 0) return false;
    if (len == 2 && memcmp(s, "if", 2) == 0) return false;
    char c = s[0];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) return false;
    for (size_t i = 0; i < len; i++) {
        c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '\'' || c == '-'))
            return false;
    }
    return true;
}

bool sym_is_plain(Sym s)
{
    return plain_id(sym_str(s), sym_len(s));
}

void sym_print(FILE *out, Sym s)
{
    if (plain_id(sym_str(s), sym_len(s))) fputs(sym_str(s), out);
    else show_string(out, sym_str(s), sym_len(s));
}

char *sym_show(Sym s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    sym_print(f, s);
    fclose(f);
    char *r = gc_strndup(buf, len);
    free(buf);
    return r;
}

/* Writes an attribute path: names as identifiers, dynamic parts as "${…}". */
static void show_path(FILE *out, const AttrName *p, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i) fputc('.', out);
        if (p[i].sym) fputs(sym_show(p[i].sym), out);
        else {
            fputs("\"${", out);
            ast_show(out, p[i].dyn);
            fputs("}\"", out);
        }
    }
}

/* Orders attribute definitions by the text of their names. */
static int def_text_cmp(const void *x, const void *y)
{
    const AttrDef *a = *(const AttrDef *const *)x, *b = *(const AttrDef *const *)y;
    return sym_cmp_text(a->name, b->name);
}

static const char *const binop_text[E__COUNT] = {
    [E_EQ] = "==", [E_NEQ] = "!=", [E_AND] = "&&", [E_OR] = "||",
    [E_IMPL] = "->", [E_UPDATE] = "//", [E_CONCAT] = "++",
};

void ast_show(FILE *out, const Expr *e)
{
    if (!stack_ok()) {
        fputs("…", out);
        return;
    }
    switch ((ExprKind)e->kind) {
    case E_INT: fprintf(out, "%lld", (long long)((const ExprInt *)e)->v); break;
    case E_FLOAT: fprintf(out, "%g", ((const ExprFloat *)e)->v); break;
    case E_STR: show_string(out, ((const ExprStr *)e)->s, ((const ExprStr *)e)->len); break;
    case E_PATH: fputs(((const ExprPath *)e)->s, out); break;
    case E_VAR: fputs(sym_show(((const ExprVar *)e)->name), out); break;
    case E_CURPOS: fputs("__curPos", out); break;
    case E_SELECT: {
        const ExprSelect *s = (const ExprSelect *)e;
        fputc('(', out);
        ast_show(out, s->e);
        fputs(").", out);
        show_path(out, s->path, s->n);
        if (s->def) {
            fputs(" or (", out);
            ast_show(out, s->def);
            fputc(')', out);
        }
        break;
    }
    case E_HAS: {
        const ExprHas *h = (const ExprHas *)e;
        fputs("((", out);
        ast_show(out, h->e);
        fputs(") ? ", out);
        show_path(out, h->path, h->n);
        fputc(')', out);
        break;
    }
    case E_ATTRS: {
        const ExprAttrs *a = (const ExprAttrs *)e;
        if (a->rec) fputs("rec ", out);
        fputs("{ ", out);
        const AttrDef **sorted = GC_MALLOC((a->n + 1) * sizeof *sorted);
        for (uint32_t i = 0; i < a->n; i++) sorted[i] = &a->defs[i];
        qsort(sorted, a->n, sizeof *sorted, def_text_cmp);
        for (uint32_t i = 0; i < a->n; i++) {
            if (sorted[i]->inherited)
                fprintf(out, "inherit %s ; ", sym_show(sorted[i]->name));
            else {
                fprintf(out, "%s = ", sym_show(sorted[i]->name));
                ast_show(out, sorted[i]->e);
                fputs("; ", out);
            }
        }
        for (uint32_t i = 0; i < a->ndyn; i++) {
            fputs("\"${", out);
            ast_show(out, a->dyn[i].name);
            fputs("}\" = ", out);
            ast_show(out, a->dyn[i].value);
            fputs("; ", out);
        }
        fputc('}', out);
        break;
    }
    case E_LIST: {
        const ExprList *l = (const ExprList *)e;
        fputs("[ ", out);
        for (uint32_t i = 0; i < l->n; i++) {
            fputc('(', out);
            ast_show(out, l->elems[i]);
            fputs(") ", out);
        }
        fputc(']', out);
        break;
    }
    case E_LAMBDA: {
        const ExprLambda *l = (const ExprLambda *)e;
        fputc('(', out);
        if (l->formals) {
            fputs("{ ", out);
            for (uint32_t i = 0; i < l->formals->n; i++) {
                if (i) fputs(", ", out);
                fputs(sym_show(l->formals->f[i].name), out);
                if (l->formals->f[i].def) {
                    fputs(" ? ", out);
                    ast_show(out, l->formals->f[i].def);
                }
            }
            if (l->formals->ellipsis) fputs(l->formals->n ? ", ..." : "...", out);
            fputs(" }", out);
            if (l->arg) fputs(" @ ", out);
        }
        if (l->arg) fputs(sym_show(l->arg), out);
        fputs(": ", out);
        ast_show(out, l->body);
        fputc(')', out);
        break;
    }
    case E_CALL: {
        const ExprCall *c = (const ExprCall *)e;
        fputc('(', out);
        ast_show(out, c->fn);
        for (uint32_t i = 0; i < c->n; i++) {
            fputc(' ', out);
            ast_show(out, c->args[i]);
        }
        fputc(')', out);
        break;
    }
    case E_OP: {
        const ExprOp *o = (const ExprOp *)e;
        fprintf(out, "(%s ", sym_str(o->fn->name));
        ast_show(out, o->e1);
        fputc(' ', out);
        ast_show(out, o->e2);
        fputc(')', out);
        break;
    }
    case E_LET: {
        const ExprLet *l = (const ExprLet *)e;
        fputs("(let ", out);
        for (uint32_t i = 0; i < l->attrs->n; i++) {
            const AttrDef *d = &l->attrs->defs[i];
            if (d->inherited) fprintf(out, "inherit %s; ", sym_show(d->name));
            else {
                fprintf(out, "%s = ", sym_show(d->name));
                ast_show(out, d->e);
                fputs("; ", out);
            }
        }
        fputs("in ", out);
        ast_show(out, l->body);
        fputc(')', out);
        break;
    }
    case E_WITH: {
        const ExprWith *w = (const ExprWith *)e;
        fputs("(with ", out);
        ast_show(out, w->attrs);
        fputs("; ", out);
        ast_show(out, w->body);
        fputc(')', out);
        break;
    }
    case E_IF: {
        const ExprIf *i = (const ExprIf *)e;
        fputs("(if ", out);
        ast_show(out, i->cond);
        fputs(" then ", out);
        ast_show(out, i->then);
        fputs(" else ", out);
        ast_show(out, i->els);
        fputc(')', out);
        break;
    }
    case E_ASSERT: {
        const ExprAssert *a = (const ExprAssert *)e;
        fputs("assert ", out);
        ast_show(out, a->cond);
        fputs("; ", out);
        ast_show(out, a->body);
        break;
    }
    case E_NOT:
        fputs("(! ", out);
        ast_show(out, ((const ExprBin *)e)->e1);
        fputc(')', out);
        break;
    case E_EQ: case E_NEQ: case E_AND: case E_OR: case E_IMPL: case E_UPDATE: case E_CONCAT: {
        const ExprBin *b = (const ExprBin *)e;
        fputc('(', out);
        ast_show(out, b->e1);
        fprintf(out, " %s ", binop_text[e->kind]);
        ast_show(out, b->e2);
        fputc(')', out);
        break;
    }
    case E_STRCAT: {
        const ExprStrCat *s = (const ExprStrCat *)e;
        fputc('(', out);
        for (uint32_t i = 0; i < s->n; i++) {
            if (i) fputs(" + ", out);
            ast_show(out, s->parts[i].e);
        }
        fputc(')', out);
        break;
    }
    case E__COUNT: break;
    }
}

char *ast_show_str(const Expr *e)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ast_show(f, e);
    fclose(f);
    char *r = gc_strndup(buf, len);
    free(buf);
    return r;
}

/* ---- the tree dump of `nomix parse` ---- */

static const char *const kind_names[E__COUNT] = {
    [E_INT] = "Int", [E_FLOAT] = "Float", [E_STR] = "String", [E_PATH] = "Path",
    [E_VAR] = "Var", [E_SELECT] = "Select", [E_HAS] = "HasAttr", [E_ATTRS] = "Attrs",
    [E_LIST] = "List", [E_LAMBDA] = "Lambda", [E_CALL] = "Call", [E_LET] = "Let",
    [E_WITH] = "With", [E_IF] = "If", [E_ASSERT] = "Assert", [E_NOT] = "Not",
    [E_EQ] = "Eq", [E_NEQ] = "NotEq", [E_AND] = "And", [E_OR] = "Or", [E_IMPL] = "Impl",
    [E_UPDATE] = "Update", [E_CONCAT] = "ConcatLists", [E_STRCAT] = "Concat",
    [E_CURPOS] = "CurPos", [E_OP] = "Op",
};

static void dump(FILE *out, const Expr *e, int depth, const char *label);

/* Writes the head line of a node: indentation, label, kind, position. */
static void dump_head(FILE *out, const Expr *e, int depth, const char *label)
{
    fprintf(out, "%*s%s%s%s", depth * 2, "", label ? label : "", label ? ": " : "", kind_names[e->kind]);
    (void)e;
}

/* Ends a node's head line with its line:column. */
static void dump_pos(FILE *out, const Expr *e)
{
    Loc l = src_loc(e->pos);
    if (l.src) fprintf(out, "  @%u:%u", l.line, l.col);
    fputc('\n', out);
}

/* Dumps an attribute path as a child list. */
static void dump_path(FILE *out, const AttrName *p, uint32_t n, int depth)
{
    for (uint32_t i = 0; i < n; i++) {
        if (p[i].sym) fprintf(out, "%*sattr: %s\n", depth * 2, "", sym_show(p[i].sym));
        else dump(out, p[i].dyn, depth, "attr");
    }
}

/* Dumps E and its children, indented by DEPTH. */
static void dump(FILE *out, const Expr *e, int depth, const char *label)
{
    if (!stack_ok()) {
        fprintf(out, "%*s…\n", depth * 2, "");
        return;
    }
    dump_head(out, e, depth, label);
    switch ((ExprKind)e->kind) {
    case E_INT: fprintf(out, " %lld", (long long)((const ExprInt *)e)->v); dump_pos(out, e); break;
    case E_FLOAT: fprintf(out, " %g", ((const ExprFloat *)e)->v); dump_pos(out, e); break;
    case E_STR: fputc(' ', out); show_string(out, ((const ExprStr *)e)->s, ((const ExprStr *)e)->len); dump_pos(out, e); break;
    case E_PATH: fprintf(out, " %s", ((const ExprPath *)e)->s); dump_pos(out, e); break;
    case E_VAR: fprintf(out, " %s", sym_show(((const ExprVar *)e)->name)); dump_pos(out, e); break;
    case E_CURPOS: dump_pos(out, e); break;
    case E_SELECT: {
        const ExprSelect *s = (const ExprSelect *)e;
        dump_pos(out, e);
        dump(out, s->e, depth + 1, NULL);
        dump_path(out, s->path, s->n, depth + 1);
        if (s->def) dump(out, s->def, depth + 1, "or");
        break;
    }
    case E_HAS: {
        const ExprHas *h = (const ExprHas *)e;
        dump_pos(out, e);
        dump(out, h->e, depth + 1, NULL);
        dump_path(out, h->path, h->n, depth + 1);
        break;
    }
    case E_ATTRS: {
        const ExprAttrs *a = (const ExprAttrs *)e;
        if (a->rec) fputs(" rec", out);
        dump_pos(out, e);
        const AttrDef **sorted = GC_MALLOC((a->n + 1) * sizeof *sorted);
        for (uint32_t i = 0; i < a->n; i++) sorted[i] = &a->defs[i];
        qsort(sorted, a->n, sizeof *sorted, def_text_cmp);
        for (uint32_t i = 0; i < a->n; i++) {
            if (sorted[i]->inherited)
                fprintf(out, "%*sinherit %s\n", (depth + 1) * 2, "", sym_show(sorted[i]->name));
            else
                dump(out, sorted[i]->e, depth + 1, sym_show(sorted[i]->name));
        }
        for (uint32_t i = 0; i < a->ndyn; i++) {
            dump(out, a->dyn[i].name, depth + 1, "dynamic name");
            dump(out, a->dyn[i].value, depth + 2, "value");
        }
        break;
    }
    case E_LIST: {
        const ExprList *l = (const ExprList *)e;
        dump_pos(out, e);
        for (uint32_t i = 0; i < l->n; i++) dump(out, l->elems[i], depth + 1, NULL);
        break;
    }
    case E_LAMBDA: {
        const ExprLambda *l = (const ExprLambda *)e;
        if (l->arg) fprintf(out, " %s", sym_show(l->arg));
        if (l->formals) {
            fputs(" {", out);
            for (uint32_t i = 0; i < l->formals->n; i++)
                fprintf(out, "%s %s%s", i ? "," : "", sym_show(l->formals->f[i].name),
                        l->formals->f[i].def ? " ?" : "");
            fprintf(out, "%s }", l->formals->ellipsis ? (l->formals->n ? ", ..." : " ...") : "");
        }
        dump_pos(out, e);
        if (l->formals)
            for (uint32_t i = 0; i < l->formals->n; i++)
                if (l->formals->f[i].def)
                    dump(out, l->formals->f[i].def, depth + 1, gc_printf("default %s", sym_show(l->formals->f[i].name)));
        dump(out, l->body, depth + 1, "body");
        break;
    }
    case E_CALL: {
        const ExprCall *c = (const ExprCall *)e;
        dump_pos(out, e);
        dump(out, c->fn, depth + 1, "function");
        for (uint32_t i = 0; i < c->n; i++) dump(out, c->args[i], depth + 1, "arg");
        break;
    }
    case E_OP: {
        const ExprOp *o = (const ExprOp *)e;
        fprintf(out, " %s", sym_str(o->fn->name));
        dump_pos(out, e);
        dump(out, o->e1, depth + 1, NULL);
        dump(out, o->e2, depth + 1, NULL);
        break;
    }
    case E_LET: {
        const ExprLet *l = (const ExprLet *)e;
        dump_pos(out, e);
        for (uint32_t i = 0; i < l->attrs->n; i++) {
            const AttrDef *d = &l->attrs->defs[i];
            if (d->inherited) fprintf(out, "%*sinherit %s\n", (depth + 1) * 2, "", sym_show(d->name));
            else dump(out, d->e, depth + 1, sym_show(d->name));
        }
        dump(out, l->body, depth + 1, "in");
        break;
    }
    case E_WITH: {
        const ExprWith *w = (const ExprWith *)e;
        dump_pos(out, e);
        dump(out, w->attrs, depth + 1, "scope");
        dump(out, w->body, depth + 1, "body");
        break;
    }
    case E_IF: {
        const ExprIf *i = (const ExprIf *)e;
        dump_pos(out, e);
        dump(out, i->cond, depth + 1, "if");
        dump(out, i->then, depth + 1, "then");
        dump(out, i->els, depth + 1, "else");
        break;
    }
    case E_ASSERT: {
        const ExprAssert *a = (const ExprAssert *)e;
        dump_pos(out, e);
        dump(out, a->cond, depth + 1, "condition");
        dump(out, a->body, depth + 1, "body");
        break;
    }
    case E_NOT:
        dump_pos(out, e);
        dump(out, ((const ExprBin *)e)->e1, depth + 1, NULL);
        break;
    case E_EQ: case E_NEQ: case E_AND: case E_OR: case E_IMPL: case E_UPDATE: case E_CONCAT:
        dump_pos(out, e);
        dump(out, ((const ExprBin *)e)->e1, depth + 1, NULL);
        dump(out, ((const ExprBin *)e)->e2, depth + 1, NULL);
        break;
    case E_STRCAT: {
        const ExprStrCat *s = (const ExprStrCat *)e;
        if (s->force_string) fputs(" string", out);
        dump_pos(out, e);
        for (uint32_t i = 0; i < s->n; i++) dump(out, s->parts[i].e, depth + 1, NULL);
        break;
    }
    case E__COUNT: break;
    }
}

void ast_dump(FILE *out, const Expr *e)
{
    dump(out, e, 0, NULL);
}
