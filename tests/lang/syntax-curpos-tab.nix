{
	p =	__curPos;
}
