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
	movd	xmm6, edi
	sub	rsp, 16
	movdqa	xmm2, XMMWORD PTR .LC0[rip]
	movdqa	xmm5, XMMWORD PTR .LC1[rip]
	pshufd	xmm3, xmm6, 0
	lea	rax, -120[rsp]
	lea	rcx, 8[rsp]
	movdqa	xmm4, xmm3
	mov	rdx, rax
	psrlq	xmm4, 32
	.p2align 4,,10
	.p2align 3
.L36:
	movdqa	xmm0, xmm2
	movdqa	xmm1, xmm3
	paddd	xmm2, xmm5
	add	rdx, 16
	pmuludq	xmm1, xmm0
	psrlq	xmm0, 32
	pmuludq	xmm0, xmm4
	pshufd	xmm1, xmm1, 8
	pshufd	xmm0, xmm0, 8
	punpckldq	xmm1, xmm0
	movaps	XMMWORD PTR -16[rdx], xmm1
	cmp	rdx, rcx
	jne	.L36
	lea	rcx, 132[rax]
	xor	edx, edx
	.p2align 4,,10
	.p2align 3
.L37:
	add	edx, DWORD PTR [rax]
	add	rax, 12
	cmp	rcx, rax
	jne	.L37
	mov	eax, edx
	add	rsp, 16
	ret
	.size	sum_local_array, .-sum_local_array
	.p2align 4
	.globl	name_length
	.type	name_length, @function
name_length:
	cmp	edi, 9
	ja	.L43
	lea	rax, names[rip]
	movsx	rdi, edi
	sub	rsp, 8
	mov	rdi, QWORD PTR [rax+rdi*8]
	call	strlen@PLT
	add	rsp, 8
	ret
	.p2align 4,,10
	.p2align 3
.L43:
	mov	eax, -1
	ret
	.size	name_length, .-name_length
	.p2align 4
	.globl	first_letter
	.type	first_letter, @function
first_letter:
	xor	eax, eax
	cmp	edi, 9
	ja	.L48
	movsx	rdi, edi
	lea	rax, names[rip]
	mov	rax, QWORD PTR [rax+rdi*8]
	movsx	eax, BYTE PTR [rax]
.L48:
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
	movsx	rdi, edi
	lea	rax, table[rip]
	mov	rdx, rdi
	lea	rsi, 8[rdi]
	neg	rdx
	lea	rcx, [rax+rdx*2]
	xor	edx, edx
	.p2align 4,,10
	.p2align 3
.L53:
	movsx	rax, WORD PTR [rcx+rdi*2]
	imul	rax, rdi
	add	rdi, 1
	add	rdx, rax
	cmp	rdi, rsi
	jne	.L53
	mov	rax, rdx
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
.LC2:
	.string	"zero"
.LC3:
	.string	"one"
.LC4:
	.string	"two"
.LC5:
	.string	"three"
.LC6:
	.string	"four"
.LC7:
	.string	"five"
.LC8:
	.string	"six"
.LC9:
	.string	"seven"
.LC10:
	.string	"eight"
.LC11:
	.string	"nine"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	names, @object
	.size	names, 80
names:
	.quad	.LC2
	.quad	.LC3
	.quad	.LC4
	.quad	.LC5
	.quad	.LC6
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
	.quad	.LC11
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC1:
	.long	4
	.long	4
	.long	4
	.long	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
