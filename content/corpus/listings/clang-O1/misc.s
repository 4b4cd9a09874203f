	.text
	.intel_syntax noprefix
	.file	"misc.c"
	.globl	clamp                           # -- Begin function clamp
	.p2align	4, 0x90
	.type	clamp,@function
clamp:                                  # @clamp
# %bb.0:
	mov	eax, edx
	cmp	edi, edx
	cmovle	eax, edi
	cmp	edi, esi
	cmovl	eax, esi
	ret
.Lfunc_end0:
	.size	clamp, .Lfunc_end0-clamp
                                        # -- End function
	.globl	max3                            # -- Begin function max3
	.p2align	4, 0x90
	.type	max3,@function
max3:                                   # @max3
# %bb.0:
	mov	eax, esi
	cmp	edi, esi
	cmovg	eax, edi
	cmp	eax, edx
	cmovle	eax, edx
	ret
.Lfunc_end1:
	.size	max3, .Lfunc_end1-max3
                                        # -- End function
	.globl	median3                         # -- Begin function median3
	.p2align	4, 0x90
	.type	median3,@function
median3:                                # @median3
# %bb.0:
	cmp	edi, esi
	mov	eax, esi
	cmovg	eax, edi
	cmovg	edi, esi
	cmp	eax, edx
	cmovg	eax, edx
	cmp	edi, eax
	cmovg	eax, edi
	ret
.Lfunc_end2:
	.size	median3, .Lfunc_end2-median3
                                        # -- End function
	.globl	is_leap                         # -- Begin function is_leap
	.p2align	4, 0x90
	.type	is_leap,@function
is_leap:                                # @is_leap
# %bb.0:
	test	dil, 3
	jne	.LBB3_2
# %bb.1:
	movsxd	rax, edi
	imul	rax, rax, 1374389535
	mov	rcx, rax
	shr	rcx, 63
	sar	rax, 37
	add	eax, ecx
	imul	ecx, eax, 100
	mov	edx, edi
	mov	eax, 1
	sub	edx, ecx
	je	.LBB3_2
# %bb.3:
	ret
.LBB3_2:
	imul	ecx, edi, -1030792151
	add	ecx, 85899344
	ror	ecx, 4
	xor	eax, eax
	cmp	ecx, 10737419
	setb	al
	ret
.Lfunc_end3:
	.size	is_leap, .Lfunc_end3-is_leap
                                        # -- End function
	.globl	triangle                        # -- Begin function triangle
	.p2align	4, 0x90
	.type	triangle,@function
triangle:                               # @triangle
# %bb.0:
	lea	rcx, [rdi + 1]
	imul	rcx, rdi
	mov	rax, rcx
	shr	rax, 63
	add	rax, rcx
	sar	rax
	ret
.Lfunc_end4:
	.size	triangle, .Lfunc_end4-triangle
                                        # -- End function
	.globl	lerp_int                        # -- Begin function lerp_int
	.p2align	4, 0x90
	.type	lerp_int,@function
lerp_int:                               # @lerp_int
# %bb.0:
	sub	esi, edi
	movsxd	rax, esi
	movsxd	rcx, edx
	imul	rcx, rax
	lea	rax, [rcx + 255]
	test	rcx, rcx
	cmovns	rax, rcx
	shr	rax, 8
	add	eax, edi
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end5:
	.size	lerp_int, .Lfunc_end5-lerp_int
                                        # -- End function
	.globl	day_of_week                     # -- Begin function day_of_week
	.p2align	4, 0x90
	.type	day_of_week,@function
day_of_week:                            # @day_of_week
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
                                        # kill: def $edi killed $edi def $rdi
	lea	ecx, [rsi - 13]
	mov	eax, -1
	cmp	ecx, -12
	jb	.LBB6_2
# %bb.1:
	xor	eax, eax
	cmp	esi, 3
	setl	al
	sub	edi, eax
	lea	r8d, [rdi + 3]
	test	edi, edi
	cmovns	r8d, edi
	sar	r8d, 2
	movsxd	rax, edi
	imul	rdi, rax, -1374389535
	mov	rcx, rdi
	shr	rcx, 63
	shr	rdi, 32
	sar	edi, 5
	add	edi, ecx
	imul	rcx, rax, 1374389535
	mov	r9, rcx
	shr	r9, 63
	shr	rcx, 32
	sar	ecx, 7
	add	ecx, r9d
	add	esi, -1
	lea	r9, [rip + day_of_week.t]
	add	eax, edx
	add	eax, r8d
	add	eax, edi
	add	eax, ecx
	add	eax, dword ptr [r9 + 4*rsi]
	movsxd	rcx, eax
	imul	rax, rcx, -1840700269
	shr	rax, 32
	add	eax, ecx
	mov	edx, eax
	shr	edx, 31
	sar	eax, 2
	add	eax, edx
	lea	edx, [8*rax]
	sub	eax, edx
	add	eax, ecx
.LBB6_2:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end6:
	.size	day_of_week, .Lfunc_end6-day_of_week
                                        # -- End function
	.globl	count_set_in_range              # -- Begin function count_set_in_range
	.p2align	4, 0x90
	.type	count_set_in_range,@function
count_set_in_range:                     # @count_set_in_range
# %bb.0:
	mov	r8d, edi
	sub	r8d, -64
	setb	dl
	xor	eax, eax
	cmp	edi, esi
	jae	.LBB7_5
# %bb.1:
	test	dl, dl
	je	.LBB7_5
# %bb.2:
	xor	eax, eax
	.p2align	4, 0x90
.LBB7_3:                                # =>This Inner Loop Header: Depth=1
	mov	edx, eax
	mov	eax, edi
	shr	eax
	and	eax, 1431655765
	mov	ecx, edi
	sub	ecx, eax
	mov	eax, ecx
	and	eax, 858993459
	shr	ecx, 2
	and	ecx, 858993459
	add	ecx, eax
	mov	eax, ecx
	shr	eax, 4
	add	eax, ecx
	and	eax, 252645135
	imul	eax, eax, 16843009
	shr	eax, 24
	add	eax, edx
	add	edi, 1
	cmp	edi, esi
	jae	.LBB7_5
# %bb.4:                                #   in Loop: Header=BB7_3 Depth=1
	cmp	edi, r8d
	jb	.LBB7_3
.LBB7_5:
	ret
.Lfunc_end7:
	.size	count_set_in_range, .Lfunc_end7-count_set_in_range
                                        # -- End function
	.globl	zero_fill                       # -- Begin function zero_fill
	.p2align	4, 0x90
	.type	zero_fill,@function
zero_fill:                              # @zero_fill
# %bb.0:
	test	esi, esi
	jle	.LBB8_2
# %bb.1:
	push	rax
	movsxd	rdx, esi
	shl	rdx, 2
	xor	esi, esi
	call	memset@PLT
	add	rsp, 8
.LBB8_2:
	ret
.Lfunc_end8:
	.size	zero_fill, .Lfunc_end8-zero_fill
                                        # -- End function
	.globl	copy_ints                       # -- Begin function copy_ints
	.p2align	4, 0x90
	.type	copy_ints,@function
copy_ints:                              # @copy_ints
# %bb.0:
	test	edx, edx
	jle	.LBB9_2
# %bb.1:
	push	rax
	movsxd	rdx, edx
	shl	rdx, 2
	call	memcpy@PLT
	add	rsp, 8
.LBB9_2:
	ret
.Lfunc_end9:
	.size	copy_ints, .Lfunc_end9-copy_ints
                                        # -- End function
	.globl	length_plus_one                 # -- Begin function length_plus_one
	.p2align	4, 0x90
	.type	length_plus_one,@function
length_plus_one:                        # @length_plus_one
# %bb.0:
	push	rax
	call	strlen@PLT
	add	rax, 1
	pop	rcx
	ret
.Lfunc_end10:
	.size	length_plus_one, .Lfunc_end10-length_plus_one
                                        # -- End function
	.globl	shift_right_one                 # -- Begin function shift_right_one
	.p2align	4, 0x90
	.type	shift_right_one,@function
shift_right_one:                        # @shift_right_one
# %bb.0:
	mov	edx, esi
	cmp	esi, 2
	jl	.LBB11_2
# %bb.1:
	push	rax
	mov	rsi, rdi
	add	rdi, 4
	add	edx, -1
	shl	rdx, 2
	call	memmove@PLT
	add	rsp, 8
.LBB11_2:
	ret
.Lfunc_end11:
	.size	shift_right_one, .Lfunc_end11-shift_right_one
                                        # -- End function
	.globl	sum_local_array                 # -- Begin function sum_local_array
	.p2align	4, 0x90
	.type	sum_local_array,@function
sum_local_array:                        # @sum_local_array
# %bb.0:
	push	rax
	xor	eax, eax
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	mov	dword ptr [rsp + 4*rcx - 128], eax
	add	rcx, 1
	add	eax, edi
	cmp	rcx, 32
	jne	.LBB12_1
# %bb.2:
	xor	eax, eax
	mov	rcx, -3
	.p2align	4, 0x90
.LBB12_3:                               # =>This Inner Loop Header: Depth=1
	add	eax, dword ptr [rsp + 4*rcx - 116]
	add	rcx, 3
	cmp	rcx, 29
	jb	.LBB12_3
# %bb.4:
	pop	rcx
	ret
.Lfunc_end12:
	.size	sum_local_array, .Lfunc_end12-sum_local_array
                                        # -- End function
	.globl	name_length                     # -- Begin function name_length
	.p2align	4, 0x90
	.type	name_length,@function
name_length:                            # @name_length
# %bb.0:
	mov	eax, -1
	cmp	edi, 9
	ja	.LBB13_2
# %bb.1:
	push	rax
	movsxd	rax, edi
	lea	rcx, [rip + names]
	mov	rdi, qword ptr [rcx + 8*rax]
	call	strlen@PLT
	add	rsp, 8
.LBB13_2:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end13:
	.size	name_length, .Lfunc_end13-name_length
                                        # -- End function
	.globl	first_letter                    # -- Begin function first_letter
	.p2align	4, 0x90
	.type	first_letter,@function
first_letter:                           # @first_letter
# %bb.0:
	xor	eax, eax
	cmp	edi, 9
	ja	.LBB14_2
# %bb.1:
	movsxd	rax, edi
	lea	rcx, [rip + names]
	mov	rax, qword ptr [rcx + 8*rax]
	movsx	eax, byte ptr [rax]
.LBB14_2:
	ret
.Lfunc_end14:
	.size	first_letter, .Lfunc_end14-first_letter
                                        # -- End function
	.globl	bump                            # -- Begin function bump
	.p2align	4, 0x90
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	lea	eax, [rdi + rdi]
	add	eax, 80
	ret
.Lfunc_end15:
	.size	bump, .Lfunc_end15-bump
                                        # -- End function
	.globl	table_sum                       # -- Begin function table_sum
	.p2align	4, 0x90
	.type	table_sum,@function
table_sum:                              # @table_sum
# %bb.0:
	movsxd	rcx, edi
	xor	edx, edx
	lea	rsi, [rip + table]
	xor	eax, eax
	.p2align	4, 0x90
.LBB16_1:                               # =>This Inner Loop Header: Depth=1
	movsx	rdi, word ptr [rdx + rsi]
	imul	rdi, rcx
	add	rax, rdi
	add	rcx, 1
	add	rdx, 2
	cmp	rdx, 16
	jne	.LBB16_1
# %bb.2:
	ret
.Lfunc_end16:
	.size	table_sum, .Lfunc_end16-table_sum
                                        # -- End function
	.globl	abs_diff                        # -- Begin function abs_diff
	.p2align	4, 0x90
	.type	abs_diff,@function
abs_diff:                               # @abs_diff
# %bb.0:
	mov	eax, edi
	sub	eax, esi
	neg	eax
	sub	edi, esi
	cmovg	eax, edi
	ret
.Lfunc_end17:
	.size	abs_diff, .Lfunc_end17-abs_diff
                                        # -- End function
	.globl	mix_args                        # -- Begin function mix_args
	.p2align	4, 0x90
	.type	mix_args,@function
mix_args:                               # @mix_args
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	movsxd	rax, edi
	lea	rax, [rax + 2*rax]
	lea	esi, [rsi + 4*rsi]
	add	rsi, rax
	lea	rax, [8*rdx]
	sub	rax, rdx
	add	rax, rsi
	lea	rdx, [rcx + 4*rcx]
	lea	rcx, [rcx + 2*rdx]
	add	rcx, rax
	movsxd	rax, r8d
	lea	rdx, [rax + 2*rax]
	lea	rdx, [rax + 4*rdx]
	add	rdx, rcx
	mov	ecx, r9d
	mov	rax, rcx
	shl	rax, 4
	add	rax, rcx
	add	rax, rdx
	ret
.Lfunc_end18:
	.size	mix_args, .Lfunc_end18-mix_args
                                        # -- End function
	.type	day_of_week.t,@object           # @day_of_week.t
	.section	.rodata,"a",@progbits
	.p2align	4
day_of_week.t:
	.long	0                               # 0x0
	.long	3                               # 0x3
	.long	2                               # 0x2
	.long	5                               # 0x5
	.long	0                               # 0x0
	.long	3                               # 0x3
	.long	5                               # 0x5
	.long	1                               # 0x1
	.long	4                               # 0x4
	.long	6                               # 0x6
	.long	2                               # 0x2
	.long	4                               # 0x4
	.size	day_of_week.t, 48

	.type	names,@object                   # @names
	.section	.data.rel.ro,"aw",@progbits
	.p2align	4
names:
	.quad	.L.str
	.quad	.L.str.1
	.quad	.L.str.2
	.quad	.L.str.3
	.quad	.L.str.4
	.quad	.L.str.5
	.quad	.L.str.6
	.quad	.L.str.7
	.quad	.L.str.8
	.quad	.L.str.9
	.size	names, 80

	.type	table,@object                   # @table
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4
table:
	.short	1                               # 0x1
	.short	65534                           # 0xfffe
	.short	300                             # 0x12c
	.short	61536                           # 0xf060
	.short	5                               # 0x5
	.short	6                               # 0x6
	.short	65529                           # 0xfff9
	.short	8                               # 0x8
	.size	table, 16

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"zero"
	.size	.L.str, 5

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"one"
	.size	.L.str.1, 4

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"two"
	.size	.L.str.2, 4

	.type	.L.str.3,@object                # @.str.3
.L.str.3:
	.asciz	"three"
	.size	.L.str.3, 6

	.type	.L.str.4,@object                # @.str.4
.L.str.4:
	.asciz	"four"
	.size	.L.str.4, 5

	.type	.L.str.5,@object                # @.str.5
.L.str.5:
	.asciz	"five"
	.size	.L.str.5, 5

	.type	.L.str.6,@object                # @.str.6
.L.str.6:
	.asciz	"six"
	.size	.L.str.6, 4

	.type	.L.str.7,@object                # @.str.7
.L.str.7:
	.asciz	"seven"
	.size	.L.str.7, 6

	.type	.L.str.8,@object                # @.str.8
.L.str.8:
	.asciz	"eight"
	.size	.L.str.8, 6

	.type	.L.str.9,@object                # @.str.9
.L.str.9:
	.asciz	"nine"
	.size	.L.str.9, 5

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
