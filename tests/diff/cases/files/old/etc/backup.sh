#!/bin/sh
rsync -a /srv /backup
