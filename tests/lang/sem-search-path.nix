[ (import <sd/list.nix>) <sd> ]
