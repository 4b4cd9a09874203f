	.file	"misc.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	clamp
	.type	clamp, @function
clamp:
	cmp	edi, edx
	mov	eax, esi
	cmovle	edx, edi
	cmp	edi, esi
	cmovge	eax, edx
	ret
	.size	clamp, .-clamp
	.p2align 4
	.globl	max3
	.type	max3, @function
max3:
	cmp	edi, edx
	mov	eax, esi
	cmovl	edi, edx
	cmp	edi, esi
	cmovge	eax, edi
	ret
	.size	max3, .-max3
	.p2align 4
	.globl	median3
	.type	median3, @function
median3:
	cmp	edi, esi
	jle	.L6
	mov	eax, edi
	mov	edi, esi
	mov	esi, eax
.L6:
	cmp	esi, edx
	mov	eax, edi
	cmovg	esi, edx
	cmp	esi, edi
	cmovge	eax, esi
	ret
	.size	median3, .-median3
	.p2align 4
	.globl	is_leap
	.type	is_leap, @function
is_leap:
	test	dil, 3
	jne	.L8
	imul	eax, edi, -1030792151
	mov	edx, 1
	add	eax, 85899344
	ror	eax, 2
	cmp	eax, 42949672
	jbe	.L8
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	imul	edi, edi, -1030792151
	xor	edx, edx
	add	edi, 85899344
	ror	edi, 4
	cmp	edi, 10737418
	setbe	dl
	mov	eax, edx
	ret
	.size	is_leap, .-is_leap
	.p2align 4
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
	.p2align 4
	.globl	lerp_int
	.type	lerp_int, @function
lerp_int:
	sub	esi, edi
	movsx	rdx, edx
	movsx	rsi, esi
	imul	rsi, rdx
	test	rsi, rsi
	lea	rax, 255[rsi]
	cmovns	rax, rsi
	sar	rax, 8
	add	eax, edi
	ret
	.size	lerp_int, .-lerp_int
	.p2align 4
	.globl	day_of_week
	.type	day_of_week, @function
day_of_week:
	lea	r8d, -1[rsi]
	mov	ecx, edx
	cmp	r8d, 11
	ja	.L15
	xor	eax, eax
	cmp	esi, 2
	movsx	r8, r8d
	setle	al
	sub	edi, eax
	lea	edx, 3[rdi]
	movsx	rax, edi
	cmovns	edx, edi
	imul	rax, rax, 1374389535
	sar	edx, 2
	mov	rsi, rax
	add	edx, edi
	sar	edi, 31
	sar	rsi, 37
	sar	rax, 39
	mov	r9, rsi
	mov	esi, edi
	sub	eax, edi
	sub	esi, r9d
	add	edx, esi
	add	edx, eax
	lea	rax, t.0[rip]
	add	edx, DWORD PTR [rax+r8*4]
	add	edx, ecx
	movsx	rax, edx
	mov	ecx, edx
	imul	rax, rax, -1840700269
	sar	ecx, 31
	shr	rax, 32
	add	eax, edx
	sar	eax, 2
	sub	eax, ecx
	lea	ecx, 0[0+rax*8]
	sub	ecx, eax
	mov	eax, edx
	sub	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L15:
	mov	eax, -1
	ret
	.size	day_of_week, .-day_of_week
	.globl	__popcountdi2
	.p2align 4
	.globl	count_set_in_range
	.type	count_set_in_range, @function
count_set_in_range:
	push	r13
	push	r12
	push	rbp
	push	rbx
	sub	rsp, 8
	cmp	edi, esi
	jnb	.L20
	mov	ebx, edi
	lea	r13d, 64[rdi]
	cmp	edi, -65
	ja	.L20
	mov	r12d, esi
	xor	ebp, ebp
	jmp	.L18
	.p2align 4,,10
	.p2align 3
.L23:
	cmp	ebx, r13d
	jnb	.L16
.L18:
	mov	edi, ebx
	add	ebx, 1
	call	__popcountdi2@PLT
	add	ebp, eax
	cmp	r12d, ebx
	jne	.L23
.L16:
	add	rsp, 8
	mov	eax, ebp
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
.L20:
	xor	ebp, ebp
	jmp	.L16
	.size	count_set_in_range, .-count_set_in_range
	.p2align 4
	.globl	zero_fill
	.type	zero_fill, @function
zero_fill:
	test	esi, esi
	jg	.L26
	ret
	.p2align 4,,10
	.p2align 3
.L26:
	movsx	rsi, esi
	lea	rdx, 0[0+rsi*4]
	xor	esi, esi
	jmp	memset@PLT
	.size	zero_fill, .-zero_fill
	.p2align 4
	.globl	copy_ints
	.type	copy_ints, @function
copy_ints:
	test	edx, edx
	jg	.L29
	ret
	.p2align 4,,10
	.p2align 3
.L29:
	movsx	rdx, edx
	sal	rdx, 2
	jmp	memcpy@PLT
	.size	copy_ints, .-copy_ints
	.p2align 4
	.globl	length_plus_one
	.type	length_plus_one, @function
length_plus_one:
	sub	rsp, 8
	call	strlen@PLT
	add	rsp, 8
	add	rax, 1
	ret
	.size	length_plus_one, .-length_plus_one
	.p2align 4
	.globl	shift_right_one
	.type	shift_right_one, @function
shift_right_one:
	cmp	esi, 1
	jg	.L34
	ret
	.p2align 4,,10
	.p2align 3
.L34:
	lea	edx, -1[rsi]
	lea	rax, 4[rdi]
	mov	rsi, rdi
	movsx	rdx, edx
	mov	rdi, rax
	sal	rdx, 2
	jmp	memmove@PLT
	.size	shift_right_one, .-shift_right_one
	.p2align 4
	.globl	sum_local_array
	.type	sum_local_array, @function
sum_local_array:
	movd	xmm7, edi
	movdqa	xmm3, XMMWORD PTR .LC0[rip]
	movdqa	xmm4, XMMWORD PTR .LC2[rip]
	pshufd	xmm0, xmm7, 0
	movdqa	xmm2, xmm0
	movdqa	xmm1, xmm0
	movdqa	xmm5, xmm0
	psrlq	xmm1, 32
	pmuludq	xmm2, xmm3
	psrlq	xmm3, 32
	pmuludq	xmm3, xmm1
	pshufd	xmm2, xmm2, 8
	pshufd	xmm3, xmm3, 8
	punpckldq	xmm2, xmm3
	movdqa	xmm3, XMMWORD PTR .LC1[rip]
	movd	eax, xmm2
	pmuludq	xmm5, xmm3
	psrlq	xmm3, 32
	pmuludq	xmm3, xmm1
	pshufd	xmm5, xmm5, 8
	pshufd	xmm3, xmm3, 8
	movdqa	xmm7, xmm5
	punpckldq	xmm7, xmm3
	movdqa	xmm3, xmm0
	pmuludq	xmm3, xmm4
	psrlq	xmm4, 32
	pshufd	xmm7, xmm7, 255
	pmuludq	xmm4, xmm1
	pshufd	xmm3, xmm3, 8
	pshufd	xmm6, xmm4, 8
	movdqa	xmm4, xmm3
	punpckldq	xmm4, xmm6
	pshufd	xmm6, xmm2, 255
	movdqa	xmm2, xmm0
	movd	edx, xmm6
	movdqa	xmm6, XMMWORD PTR .LC3[rip]
	pshufd	xmm4, xmm4, 255
	add	edx, eax
	pmuludq	xmm2, xmm6
	psrlq	xmm6, 32
	pmuludq	xmm6, xmm1
	pshufd	xmm2, xmm2, 8
	pshufd	xmm6, xmm6, 8
	punpckldq	xmm2, xmm6
	punpckhdq	xmm2, xmm2
	movd	eax, xmm2
	movdqa	xmm2, XMMWORD PTR .LC4[rip]
	add	eax, edx
	psrlq	xmm2, 32
	pmuludq	xmm2, xmm1
	movd	edx, xmm2
	movdqa	xmm2, xmm0
	add	eax, edx
	movd	edx, xmm5
	movdqa	xmm5, XMMWORD PTR .LC5[rip]
	add	eax, edx
	movd	edx, xmm7
	pmuludq	xmm2, xmm5
	psrlq	xmm5, 32
	add	edx, eax
	pmuludq	xmm5, xmm1
	pshufd	xmm2, xmm2, 8
	pshufd	xmm5, xmm5, 8
	punpckldq	xmm2, xmm5
	punpckhdq	xmm2, xmm2
	movd	eax, xmm2
	movdqa	xmm2, XMMWORD PTR .LC6[rip]
	add	eax, edx
	psrlq	xmm2, 32
	pmuludq	xmm2, xmm1
	movd	edx, xmm2
	movdqa	xmm2, XMMWORD PTR .LC7[rip]
	add	eax, edx
	movd	edx, xmm3
	pmuludq	xmm0, xmm2
	psrlq	xmm2, 32
	add	eax, edx
	pmuludq	xmm1, xmm2
	movd	edx, xmm4
	add	edx, eax
	pshufd	xmm0, xmm0, 8
	pshufd	xmm1, xmm1, 8
	punpckldq	xmm0, xmm1
	punpckhdq	xmm0, xmm0
	movd	eax, xmm0
	add	eax, edx
	ret
	.size	sum_local_array, .-sum_local_array
	.p2align 4
	.globl	name_length
	.type	name_length, @function
name_length:
	cmp	edi, 9
	ja	.L38
	lea	rax, names[rip]
	movsx	rdi, edi
	sub	rsp, 8
	mov	rdi, QWORD PTR [rax+rdi*8]
	call	strlen@PLT
	add	rsp, 8
	ret
	.p2align 4,,10
	.p2align 3
.L38:
	mov	eax, -1
	ret
	.size	name_length, .-name_length
	.p2align 4
	.globl	first_letter
	.type	first_letter, @function
first_letter:
	xor	eax, eax
	cmp	edi, 9
	ja	.L43
	movsx	rdi, edi
	lea	rax, names[rip]
	mov	rax, QWORD PTR [rax+rdi*8]
	movsx	eax, BYTE PTR [rax]
.L43:
	ret
	.size	first_letter, .-first_letter
	.p2align 4
	.globl	bump
	.type	bump, @function
bump:
	add	edi, DWORD PTR counter[rip]
	lea	eax, [rdi+rdi]
	ret
	.size	bump, .-bump
	.p2align 4
	.globl	table_sum
	.type	table_sum, @function
table_sum:
	movsx	rcx, edi
	lea	edx, 1[rcx]
	mov	rax, rcx
	movsx	rdx, edx
	neg	rdx
	lea	rdx, [rcx+rdx*2]
	lea	ecx, 2[rcx]
	movsx	rcx, ecx
	imul	rcx, rcx, 300
	add	rcx, rdx
	lea	edx, 3[rax]
	movsx	rdx, edx
	imul	rdx, rdx, -4000
	add	rdx, rcx
	lea	ecx, 4[rax]
	movsx	rcx, ecx
	lea	rcx, [rcx+rcx*4]
	add	rcx, rdx
	lea	edx, 5[rax]
	movsx	rdx, edx
	lea	rdx, [rdx+rdx*2]
	lea	rcx, [rcx+rdx*2]
	lea	edx, 6[rax]
	add	eax, 7
	movsx	rdx, edx
	cdqe
	lea	rsi, 0[0+rdx*8]
	sub	rdx, rsi
	add	rdx, rcx
	lea	rax, [rdx+rax*8]
	ret
	.size	table_sum, .-table_sum
	.p2align 4
	.globl	abs_diff
	.type	abs_diff, @function
abs_diff:
	mov	edx, edi
	mov	eax, esi
	sub	edx, esi
	sub	eax, edi
	cmp	edi, esi
	cmovg	eax, edx
	ret
	.size	abs_diff, .-abs_diff
	.p2align 4
	.globl	mix_args
	.type	mix_args, @function
mix_args:
	movzx	r9d, r9b
	mov	r10d, esi
	mov	rsi, rdx
	movsx	r8, r8w
	mov	edx, r9d
	lea	rax, [rcx+rcx*4]
	movsx	rdi, edi
	sal	edx, 4
	lea	rax, [rcx+rax*2]
	add	edx, r9d
	add	rax, rdx
	lea	rdx, [r8+r8*2]
	lea	rdx, [r8+rdx*4]
	add	rax, rdx
	lea	edx, [r10+r10*4]
	add	rax, rdx
	lea	rdx, [rdi+rdi*2]
	lea	rax, [rax+rsi*8]
	sub	rax, rsi
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
	.data
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.long	40
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC8:
	.string	"zero"
.LC9:
	.string	"one"
.LC10:
	.string	"two"
.LC11:
	.string	"three"
.LC12:
	.string	"four"
.LC13:
	.string	"five"
.LC14:
	.string	"six"
.LC15:
	.string	"seven"
.LC16:
	.string	"eight"
.LC17:
	.string	"nine"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	names, @object
	.size	names, 80
names:
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
	.quad	.LC11
	.quad	.LC12
	.quad	.LC13
	.quad	.LC14
	.quad	.LC15
	.quad	.LC16
	.quad	.LC17
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC1:
	.long	12
	.long	13
	.long	14
	.long	15
	.align 16
.LC2:
	.long	24
	.long	25
	.long	26
	.long	27
	.align 16
.LC3:
	.long	4
	.long	5
	.long	6
	.long	7
	.align 16
.LC4:
	.long	8
	.long	9
	.long	10
	.long	11
	.align 16
.LC5:
	.long	16
	.long	17
	.long	18
	.long	19
	.align 16
.LC6:
	.long	20
	.long	21
	.long	22
	.long	23
	.align 16
.LC7:
	.long	28
	.long	29
	.long	30
	.long	31
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
