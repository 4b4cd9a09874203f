	.file	"misc.c"
	.intel_syntax noprefix
	.text
	.globl	clamp
	.type	clamp, @function
clamp:
	mov	eax, esi
	cmp	edi, esi
	jl	.L2
	cmp	edi, edx
	mov	eax, edx
	cmovle	eax, edi
.L2:
	ret
	.size	clamp, .-clamp
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
	.globl	median3
	.type	median3, @function
median3:
	cmp	edi, esi
	jle	.L6
	xchg	esi, edi
.L6:
	cmp	esi, edx
	mov	eax, edi
	cmovg	esi, edx
	cmp	esi, edi
	cmovge	eax, esi
	ret
	.size	median3, .-median3
	.globl	is_leap
	.type	is_leap, @function
is_leap:
	test	dil, 3
	jne	.L8
	mov	eax, edi
	mov	ecx, 100
	cdq
	idiv	ecx
	mov	eax, 1
	test	edx, edx
	jne	.L7
.L8:
	mov	eax, edi
	mov	ecx, 400
	cdq
	idiv	ecx
	xor	eax, eax
	test	edx, edx
	sete	al
.L7:
	ret
	.size	is_leap, .-is_leap
	.globl	triangle
	.type	triangle, @function
triangle:
	lea	rax, 1[rdi]
	mov	ecx, 2
	imul	rax, rdi
	cqo
	idiv	rcx
	ret
	.size	triangle, .-triangle
	.globl	lerp_int
	.type	lerp_int, @function
lerp_int:
	sub	esi, edi
	movsx	rdx, edx
	mov	ecx, 256
	movsx	rax, esi
	imul	rax, rdx
	cqo
	idiv	rcx
	add	eax, edi
	ret
	.size	lerp_int, .-lerp_int
	.globl	day_of_week
	.type	day_of_week, @function
day_of_week:
	lea	r8d, -1[rsi]
	mov	r9d, edx
	or	edx, -1
	cmp	r8d, 11
	ja	.L13
	xor	eax, eax
	cmp	esi, 2
	mov	ecx, 4
	mov	esi, -100
	setle	al
	movsx	r8, r8d
	sub	edi, eax
	mov	eax, edi
	cdq
	idiv	ecx
	lea	ecx, [rax+rdi]
	mov	eax, edi
	cdq
	idiv	esi
	mov	esi, 400
	add	ecx, eax
	mov	eax, edi
	cdq
	idiv	esi
	lea	rdx, t.0[rip]
	add	eax, ecx
	add	eax, DWORD PTR [rdx+r8*4]
	mov	ecx, 7
	add	eax, r9d
	cdq
	idiv	ecx
.L13:
	mov	eax, edx
	ret
	.size	day_of_week, .-day_of_week
	.globl	__popcountdi2
	.globl	count_set_in_range
	.type	count_set_in_range, @function
count_set_in_range:
	push	r13
	lea	r13d, 64[rdi]
	push	r12
	mov	r12d, esi
	push	rbp
	xor	ebp, ebp
	push	rbx
	mov	ebx, edi
	push	rcx
.L17:
	cmp	ebx, r12d
	jnb	.L16
	cmp	ebx, r13d
	jnb	.L16
	mov	edi, ebx
	inc	ebx
	call	__popcountdi2@PLT
	add	ebp, eax
	jmp	.L17
.L16:
	pop	rdx
	mov	eax, ebp
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.size	count_set_in_range, .-count_set_in_range
	.globl	zero_fill
	.type	zero_fill, @function
zero_fill:
	test	esi, esi
	jle	.L22
	movsx	rcx, esi
	xor	eax, eax
	sal	rcx, 2
	rep stosb
.L22:
	ret
	.size	zero_fill, .-zero_fill
	.globl	copy_ints
	.type	copy_ints, @function
copy_ints:
	test	edx, edx
	jle	.L24
	movsx	rcx, edx
	sal	rcx, 2
	rep movsb
.L24:
	ret
	.size	copy_ints, .-copy_ints
	.globl	length_plus_one
	.type	length_plus_one, @function
length_plus_one:
	push	rax
	call	strlen@PLT
	pop	rdx
	inc	rax
	ret
	.size	length_plus_one, .-length_plus_one
	.globl	shift_right_one
	.type	shift_right_one, @function
shift_right_one:
	cmp	esi, 1
	jle	.L28
	lea	edx, -1[rsi]
	lea	rax, 4[rdi]
	mov	rsi, rdi
	movsx	rdx, edx
	mov	rdi, rax
	sal	rdx, 2
	jmp	memmove@PLT
.L28:
	ret
	.size	shift_right_one, .-shift_right_one
	.globl	sum_local_array
	.type	sum_local_array, @function
sum_local_array:
	sub	rsp, 8
	xor	edx, edx
	xor	eax, eax
	lea	rcx, -120[rsp]
.L31:
	mov	DWORD PTR [rcx+rax*4], edx
	inc	rax
	add	edx, edi
	cmp	rax, 32
	jne	.L31
	xor	eax, eax
	xor	edx, edx
.L32:
	add	edx, DWORD PTR [rcx+rax*4]
	add	rax, 3
	cmp	rax, 33
	jne	.L32
	mov	eax, edx
	pop	rdx
	ret
	.size	sum_local_array, .-sum_local_array
	.globl	name_length
	.type	name_length, @function
name_length:
	cmp	edi, 9
	ja	.L39
	movsx	rdi, edi
	push	rax
	lea	rax, names[rip]
	mov	rdi, QWORD PTR [rax+rdi*8]
	call	strlen@PLT
	pop	rdx
	ret
.L39:
	or	eax, -1
	ret
	.size	name_length, .-name_length
	.globl	first_letter
	.type	first_letter, @function
first_letter:
	xor	eax, eax
	cmp	edi, 9
	ja	.L44
	movsx	rdi, edi
	lea	rax, names[rip]
	mov	rax, QWORD PTR [rax+rdi*8]
	movsx	eax, BYTE PTR [rax]
.L44:
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
	xor	eax, eax
	xor	edx, edx
	lea	r8, table[rip]
	movsx	rdi, edi
.L49:
	movsx	rcx, WORD PTR [r8+rax*2]
	lea	rsi, [rdi+rax]
	inc	rax
	imul	rcx, rsi
	add	rdx, rcx
	cmp	rax, 8
	jne	.L49
	mov	rax, rdx
	ret
	.size	table_sum, .-table_sum
	.globl	abs_diff
	.type	abs_diff, @function
abs_diff:
	mov	eax, esi
	sub	eax, edi
	cmp	edi, esi
	jle	.L51
	mov	eax, edi
	sub	eax, esi
.L51:
	ret
	.size	abs_diff, .-abs_diff
	.globl	mix_args
	.type	mix_args, @function
mix_args:
	movzx	r9d, r9b
	imul	rcx, rcx, 11
	movsx	r8, r8w
	movsx	rdi, edi
	imul	r9, r9, 17
	lea	rdi, [rdi+rdi*2]
	imul	r8, r8, 13
	imul	esi, esi, 5
	imul	rdx, rdx, 7
	add	rcx, r9
	add	rcx, r8
	add	rcx, rsi
	add	rcx, rdx
	lea	rax, [rcx+rdi]
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
