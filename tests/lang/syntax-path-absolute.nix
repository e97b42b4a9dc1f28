[ /abs/path /a/../b /a/./b /x /a/b/.. /.. /a/b/../../.. ]
