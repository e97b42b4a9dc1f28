let inherit missing; in missing
