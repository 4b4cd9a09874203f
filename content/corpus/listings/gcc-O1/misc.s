	.file	"misc.c"
	.intel_syntax noprefix
	.text
	.globl	clamp
	.type	clamp, @function
clamp:
	mov	eax, esi
	cmp	edi, edx
	cmovle	edx, edi
	cmp	edi, esi
	cmovge	eax, edx
	ret
	.size	clamp, .-clamp
	.globl	max3
	.type	max3, @function
max3:
	cmp	edi, edx
	cmovl	edi, edx
	cmp	edi, esi
	mov	eax, esi
	cmovge	eax, edi
	ret
	.size	max3, .-max3
	.globl	median3
	.type	median3, @function
median3:
	cmp	edi, esi
	jg	.L5
	mov	eax, esi
	mov	esi, edi
	mov	edi, eax
.L5:
	cmp	edi, edx
	cmovg	edi, edx
	cmp	edi, esi
	mov	eax, esi
	cmovge	eax, edi
	ret
	.size	median3, .-median3
	.globl	is_leap
	.type	is_leap, @function
is_leap:
	test	dil, 3
	jne	.L7
	movsx	rax, edi
	imul	rax, rax, 1374389535
	sar	rax, 37
	mov	edx, edi
	sar	edx, 31
	sub	eax, edx
	imul	eax, eax, 100
	mov	edx, 1
	cmp	edi, eax
	jne	.L6
.L7:
	movsx	rax, edi
	imul	rax, rax, 1374389535
	sar	rax, 39
	mov	edx, edi
	sar	edx, 31
	sub	eax, edx
	imul	eax, eax, 400
	cmp	edi, eax
	sete	dl
	movzx	edx, dl
.L6:
	mov	eax, edx
	ret
	.size	is_leap, .-is_leap
	.globl	triangle
	.type	triangle, @function
triangle:
	lea	rdx, 1[rdi]
	imul	rdx, rdi
	mov	rax, rdx
	shr	rax, 63
	add	rax, rdx
	sar	rax
	ret
	.size	triangle, .-triangle
	.globl	lerp_int
	.type	lerp_int, @function
lerp_int:
	sub	esi, edi
	movsx	rsi, esi
	movsx	rdx, edx
	imul	rsi, rdx
	lea	rax, 255[rsi]
	test	rsi, rsi
	cmovns	rax, rsi
	sar	rax, 8
	add	eax, edi
	ret
	.size	lerp_int, .-lerp_int
	.globl	day_of_week
	.type	day_of_week, @function
day_of_week:
	mov	eax, esi
	mov	esi, edx
	lea	edx, -1[rax]
	cmp	edx, 11
	ja	.L14
	cmp	eax, 2
	setle	dl
	movzx	edx, dl
	sub	edi, edx
	lea	edx, 3[rdi]
	cmovns	edx, edi
	sar	edx, 2
	add	edx, edi
	movsx	rcx, edi
	imul	rcx, rcx, 1374389535
	mov	r10, rcx
	sar	r10, 37
	sar	edi, 31
	mov	r8d, edi
	sub	r8d, r10d
	add	edx, r8d
	sar	rcx, 39
	sub	ecx, edi
	add	edx, ecx
	sub	eax, 1
	cdqe
	lea	rcx, t.0[rip]
	add	edx, DWORD PTR [rcx+rax*4]
	add	edx, esi
	movsx	rax, edx
	imul	rax, rax, -1840700269
	shr	rax, 32
	add	eax, edx
	sar	eax, 2
	mov	ecx, edx
	sar	ecx, 31
	sub	eax, ecx
	lea	ecx, 0[0+rax*8]
	sub	ecx, eax
	mov	eax, edx
	sub	eax, ecx
	ret
.L14:
	mov	eax, -1
	ret
	.size	day_of_week, .-day_of_week
	.globl	__popcountdi2
	.globl	count_set_in_range
	.type	count_set_in_range, @function
count_set_in_range:
	push	r13
	push	r12
	push	rbp
	push	rbx
	sub	rsp, 8
	cmp	edi, esi
	jnb	.L18
	mov	ebx, edi
	mov	r12d, esi
	lea	r13d, 64[rdi]
	cmp	edi, -65
	ja	.L19
	mov	ebp, 0
.L17:
	mov	edi, ebx
	call	__popcountdi2@PLT
	add	ebp, eax
	add	ebx, 1
	cmp	r12d, ebx
	je	.L15
	cmp	ebx, r13d
	jb	.L17
.L15:
	mov	eax, ebp
	add	rsp, 8
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
.L18:
	mov	ebp, 0
	jmp	.L15
.L19:
	mov	ebp, 0
	jmp	.L15
	.size	count_set_in_range, .-count_set_in_range
	.globl	zero_fill
	.type	zero_fill, @function
zero_fill:
	test	esi, esi
	jg	.L28
	ret
.L28:
	sub	rsp, 8
	movsx	rsi, esi
	lea	rdx, 0[0+rsi*4]
	mov	esi, 0
	call	memset@PLT
	add	rsp, 8
	ret
	.size	zero_fill, .-zero_fill
	.globl	copy_ints
	.type	copy_ints, @function
copy_ints:
	test	edx, edx
	jg	.L35
	ret
.L35:
	sub	rsp, 8
	movsx	rdx, edx
	sal	rdx, 2
	call	memcpy@PLT
	add	rsp, 8
	ret
	.size	copy_ints, .-copy_ints
	.globl	length_plus_one
	.type	length_plus_one, @function
length_plus_one:
	sub	rsp, 8
	call	strlen@PLT
	add	rax, 1
	add	rsp, 8
	ret
	.size	length_plus_one, .-length_plus_one
	.globl	shift_right_one
	.type	shift_right_one, @function
shift_right_one:
	cmp	esi, 1
	jg	.L44
	ret
.L44:
	sub	rsp, 8
	lea	edx, -1[rsi]
	movsx	rdx, edx
	sal	rdx, 2
	lea	rax, 4[rdi]
	mov	rsi, rdi
	mov	rdi, rax
	call	memmove@PLT
	add	rsp, 8
	ret
	.size	shift_right_one, .-shift_right_one
	.globl	sum_local_array
	.type	sum_local_array, @function
sum_local_array:
	sub	rsp, 16
	lea	rcx, -120[rsp]
	lea	rsi, 8[rsp]
	mov	rax, rcx
	mov	edx, 0
.L46:
	mov	DWORD PTR [rax], edx
	add	edx, edi
	add	rax, 4
	cmp	rax, rsi
	jne	.L46
	lea	rsi, 132[rcx]
	mov	edx, 0
.L47:
	mov	eax, edx
	add	eax, DWORD PTR [rcx]
	mov	edx, eax
	add	rcx, 12
	cmp	rcx, rsi
	jne	.L47
	add	rsp, 16
	ret
	.size	sum_local_array, .-sum_local_array
	.globl	name_length
	.type	name_length, @function
name_length:
	cmp	edi, 9
	ja	.L53
	sub	rsp, 8
	movsx	rdi, edi
	lea	rax, names[rip]
	mov	rdi, QWORD PTR [rax+rdi*8]
	call	strlen@PLT
	add	rsp, 8
	ret
.L53:
	mov	eax, -1
	ret
	.size	name_length, .-name_length
	.globl	first_letter
	.type	first_letter, @function
first_letter:
	mov	eax, 0
	cmp	edi, 9
	ja	.L58
	movsx	rdi, edi
	lea	rax, names[rip]
	mov	rax, QWORD PTR [rax+rdi*8]
	movsx	eax, BYTE PTR [rax]
.L58:
	ret
	.size	first_letter, .-first_letter
	.globl	bump
	.type	bump, @function
bump:
	add	edi, DWORD PTR counter[rip]
	lea	eax, [rdi+rdi]
	ret
	.size	bump, .-bump
	.globl	table_sum
	.type	table_sum, @function
table_sum:
	movsx	rdi, edi
	lea	rsi, 8[rdi]
	mov	rdx, rdi
	neg	rdx
	lea	rax, table[rip]
	lea	rcx, [rax+rdx*2]
	mov	edx, 0
.L63:
	movsx	rax, WORD PTR [rcx+rdi*2]
	imul	rax, rdi
	add	rdx, rax
	add	rdi, 1
	cmp	rdi, rsi
	jne	.L63
	mov	rax, rdx
	ret
	.size	table_sum, .-table_sum
	.globl	abs_diff
	.type	abs_diff, @function
abs_diff:
	mov	edx, edi
	sub	edx, esi
	mov	eax, esi
	sub	eax, edi
	cmp	edi, esi
	cmovg	eax, edx
	ret
	.size	abs_diff, .-abs_diff
	.globl	mix_args
	.type	mix_args, @function
mix_args:
	mov	r10d, esi
	mov	rsi, rdx
	lea	rax, [rcx+rcx*4]
	lea	rax, [rcx+rax*2]
	movzx	r9d, r9b
	mov	edx, r9d
	sal	edx, 4
	add	edx, r9d
	mov	edx, edx
	add	rax, rdx
	movsx	r8, r8w
	lea	rdx, [r8+r8*2]
	lea	rdx, [r8+rdx*4]
	add	rax, rdx
	lea	edx, [r10+r10*4]
	add	rax, rdx
	lea	rax, [rax+rsi*8]
	sub	rax, rsi
	movsx	rdi, edi
	lea	rdx, [rdi+rdi*2]
	add	rax, rdx
	ret
	.size	mix_args, .-mix_args
	.section	.rodata
	.align 32
	.type	t.0, @object
	.size	t.0, 48
t.0:
	.long	0
	.long	3
	.long	2
	.long	5
	.long	0
	.long	3
	.long	5
	.long	1
	.long	4
	.long	6
	.long	2
	.long	4
	.align 16
	.type	table, @object
	.size	table, 16
table:
	.value	1
	.value	-2
	.value	300
	.value	-4000
	.value	5
	.value	6
	.value	-7
	.value	8
	.data
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.long	40
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"zero"
.LC1:
	.string	"one"
.LC2:
	.string	"two"
.LC3:
	.string	"three"
.LC4:
	.string	"four"
.LC5:
	.string	"five"
.LC6:
	.string	"six"
.LC7:
	.string	"seven"
.LC8:
	.string	"eight"
.LC9:
	.string	"nine"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	names, @object
	.size	names, 80
names:
	.quad	.LC0
	.quad	.LC1
	.quad	.LC2
	.quad	.LC3
	.quad	.LC4
	.quad	.LC5
	.quad	.LC6
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
