/* arith.c: arithmetic and comparison builtins. The operators `-`, `*`,
 * `/` and `<` are evaluated inline by the evaluator; these are the same
 * operations as functions (`builtins.sub`, …), with the same messages. */
#include <math.h>

#include "internal.h"

/* Forces both operands; true if either is a float. */
static bool any_float(Value **args, PosIdx pos)
{
    ev_force(args[0], pos);
    ev_force(args[1], pos);
    return args[0]->type == T_FLOAT || args[1]->type == T_FLOAT;
}

/* `add a b` */
PRIM(add)
{
    if (any_float(args, pos)) mk_float(out, ev_force_float(args[0], pos) + ev_force_float(args[1], pos));
    else mk_int(out, (int64_t)((uint64_t)ev_force_int(args[0], pos) + (uint64_t)ev_force_int(args[1], pos)));
}

/* `sub a b` */
PRIM(sub)
{
    if (any_float(args, pos)) mk_float(out, ev_force_float(args[0], pos) - ev_force_float(args[1], pos));
    else mk_int(out, (int64_t)((uint64_t)ev_force_int(args[0], pos) - (uint64_t)ev_force_int(args[1], pos)));
}

/* `mul a b` */
PRIM(mul)
{
    if (any_float(args, pos)) mk_float(out, ev_force_float(args[0], pos) * ev_force_float(args[1], pos));
    else mk_int(out, (int64_t)((uint64_t)ev_force_int(args[0], pos) * (uint64_t)ev_force_int(args[1], pos)));
}

/* `div a b` */
PRIM(div)
{
    bool fl = any_float(args, pos);
    double f2 = ev_force_float(args[1], pos);
    if (f2 == 0) ev_error(ERR_EVAL, pos, "division by zero");
    if (fl) {
        mk_float(out, ev_force_float(args[0], pos) / f2);
        return;
    }
    int64_t a = ev_force_int(args[0], pos), b = ev_force_int(args[1], pos);
    if (a == INT64_MIN && b == -1) ev_error(ERR_EVAL, pos, "overflow in integer division");
    mk_int(out, a / b);
}

/* `lessThan a b` (not static: sort recognises it as a comparator) */
void prim_lessThan(Value **args, Value *out, PosIdx pos)
{
    ev_force(args[0], pos);
    ev_force(args[1], pos);
    mk_bool(out, ev_less_than(args[0], args[1], pos));
}

/* Declares a bitwise builtin. */
#define BITWISE(name, op)                                                    \
    PRIM(name)                                                               \
    {                                                                        \
        mk_int(out, ev_force_int(args[0], pos) op ev_force_int(args[1], pos)); \
    }
BITWISE(bitAnd, &)
BITWISE(bitOr, |)
BITWISE(bitXor, ^)

/* A double rounded toward zero into an int as x86 does it (Nix's C++
 * conversion): out of range or NaN gives the smallest integer. */
static int64_t to_int(double d)
{
    if (!(d > -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
    return (int64_t)d;
}

/* The position of a value, for errors about it. */
static PosIdx arg_pos(const Value *v, PosIdx pos)
{
    if (v->type == T_ATTRS && v->attrs->pos) return v->attrs->pos;
    if (v->type == T_LAMBDA) return v->lam.fn->h.pos;
    return pos;
}

/* `floor x` */
PRIM(floor)
{
    ev_force(args[0], pos);
    mk_int(out, to_int(floor(ev_force_float(args[0], arg_pos(args[0], pos)))));
}

/* `ceil x` */
PRIM(ceil)
{
    ev_force(args[0], pos);
    mk_int(out, to_int(ceil(ev_force_float(args[0], arg_pos(args[0], pos)))));
}

static const PrimDef arith_prims[] = {
    {"add", 2, prim_add, false},
    {"sub", 2, prim_sub, false},
    {"mul", 2, prim_mul, false},
    {"div", 2, prim_div, false},
    {"lessThan", 2, prim_lessThan, false},
    {"bitAnd", 2, prim_bitAnd, false},
    {"bitOr", 2, prim_bitOr, false},
    {"bitXor", 2, prim_bitXor, false},
    {"floor", 1, prim_floor, false},
    {"ceil", 1, prim_ceil, false},
};

void arith_register(void)
{
    REGISTER(arith_prims);
}
