/* arith.c: arithmetic and comparison builtins. The operators `-`, `*`,
 * `/` and `<` are evaluated inline by the evaluator; these are the same
 * operations as functions (`builtins.sub`, …), with the same messages. */
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

/* `lessThan a b` */
PRIM(lessThan)
{
    ev_force(args[0], pos);
    ev_force(args[1], pos);
    mk_bool(out, ev_less_than(args[0], args[1], pos));
}

static const PrimDef arith_prims[] = {
    {"add", 2, prim_add, false},
    {"sub", 2, prim_sub, false},
    {"mul", 2, prim_mul, false},
    {"div", 2, prim_div, false},
    {"lessThan", 2, prim_lessThan, false},
};

void arith_register(void)
{
    REGISTER(arith_prims);
}
