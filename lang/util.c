/* util.c: GC string helpers and path arithmetic shared by every folder. */
#include <gc/gc.h>
#include <stdarg.h>
#include <string.h>

#include "lang.h"

char *gc_vprintf(const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    char *s = GC_MALLOC_ATOMIC((size_t)n + 1);
    if ((size_t)n < sizeof small)
        memcpy(s, small, (size_t)n + 1);
    else
        vsnprintf(s, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return s;
}

char *gc_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = gc_vprintf(fmt, ap);
    va_end(ap);
    return s;
}

char *gc_strndup(const char *s, size_t len)
{
    char *t = GC_MALLOC_ATOMIC(len + 1);
    if (len) memcpy(t, s, len);
    t[len] = 0;
    return t;
}

char *gc_strdup(const char *s)
{
    return gc_strndup(s, strlen(s));
}

/* Canonicalises like Nix's canonPath without symlink resolution: the result
 * starts with "/", has no "." or ".." parts, no doubled or trailing slash. */
char *path_canon(const char *path, size_t len)
{
    char *out = GC_MALLOC_ATOMIC(len + 2);
    size_t o = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && path[i] == '/') i++;
        if (i >= len) break;
        size_t start = i;
        while (i < len && path[i] != '/') i++;
        size_t seg = i - start;
        if (seg == 1 && path[start] == '.') continue;
        if (seg == 2 && path[start] == '.' && path[start + 1] == '.') {
            while (o > 0 && out[o - 1] != '/') o--;
            if (o > 0) o--;
            continue;
        }
        out[o++] = '/';
        memcpy(out + o, path + start, seg);
        o += seg;
    }
    if (o == 0) out[o++] = '/';
    out[o] = 0;
    return out;
}

char *path_abs(const char *path, size_t len, const char *dir)
{
    if (len > 0 && path[0] == '/') return path_canon(path, len);
    size_t dl = strlen(dir);
    char *tmp = GC_MALLOC_ATOMIC(dl + len + 2);
    memcpy(tmp, dir, dl);
    tmp[dl] = '/';
    memcpy(tmp + dl + 1, path, len);
    tmp[dl + 1 + len] = 0;
    return path_canon(tmp, dl + 1 + len);
}

char *path_base(const char *path)
{
    size_t n = strlen(path);
    if (n == 0) return gc_strdup("");
    size_t last = n - 1;
    if (path[last] == '/' && last > 0) last--;
    size_t i = last + 1;
    while (i > 0 && path[i - 1] != '/') i--;
    return gc_strndup(path + i, last + 1 - i);
}

char *path_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return gc_strdup(".");
    if (slash == path) return gc_strdup("/");
    return gc_strndup(path, (size_t)(slash - path));
}
