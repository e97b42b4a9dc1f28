/* head */ [ 1 /* in list */ 2 /**/ 3 /* multi
 line */ ] /* tail */
